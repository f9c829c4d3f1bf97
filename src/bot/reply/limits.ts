/** Discord's message limits (https://discord.com/developers/docs/resources/message, embed limits). */
export const MAX_CONTENT_LENGTH = 2_000;
export const MAX_EMBED_TITLE_LENGTH = 256;
export const MAX_EMBED_DESCRIPTION_LENGTH = 4_096;
export const MAX_EMBED_FIELD_NAME_LENGTH = 256;
export const MAX_EMBED_FIELD_VALUE_LENGTH = 1_024;
export const MAX_EMBED_FIELDS = 25;
export const MAX_EMBED_FOOTER_LENGTH = 2_048;
export const MAX_EMBED_AUTHOR_LENGTH = 256;
/** Sum of every embed's title, description, field names and values, footer and author text in one message. */
export const MAX_EMBEDS_TOTAL_LENGTH = 6_000;
export const MAX_EMBEDS = 10;
export const MAX_CUSTOM_ID_LENGTH = 100;
export const MAX_BUTTON_LABEL_LENGTH = 80;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME_LENGTH = 100;
/** Longest url of a link button. */
export const MAX_LINK_URL_LENGTH = 512;
