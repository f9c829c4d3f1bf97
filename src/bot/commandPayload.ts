import { ApplicationCommandOptionType, InteractionContextType, type APIApplicationCommandBasicOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandSpec, OptionSpec } from '../present/commandTable.js';

function option(o: OptionSpec): APIApplicationCommandBasicOption {
  if (o.type === 'boolean') return { type: ApplicationCommandOptionType.Boolean, name: o.name, description: o.description, required: o.required ?? false };
  return {
    type: ApplicationCommandOptionType.String,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    ...(o.maxLength ? { max_length: o.maxLength } : {}),
    ...(o.autocomplete ? { autocomplete: true } : {}),
  };
}

/**
 * The Discord registration payload of a command of the table. An admin command is hidden from members
 * (`default_member_permissions: "0"`) and not offered in DMs; the dispatcher checks again at run time.
 */
export function discordPayload(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: spec.name,
    description: spec.description,
    options: spec.options.map(option),
    ...(spec.adminOnly ? { default_member_permissions: '0', contexts: [InteractionContextType.Guild] } : {}),
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
}
