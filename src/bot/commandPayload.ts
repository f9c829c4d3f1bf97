import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandSpec, OptionSpec, SubcommandSpec } from '../present/commandTable.js';

function option(o: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: o.required ?? false };
  switch (o.type) {
    case 'boolean':
      return { type: ApplicationCommandOptionType.Boolean, ...base };
    case 'attachment':
      return { type: ApplicationCommandOptionType.Attachment, ...base };
    case 'integer':
      return {
        type: ApplicationCommandOptionType.Integer,
        ...base,
        ...(o.minValue !== undefined ? { min_value: o.minValue } : {}),
        ...(o.maxValue !== undefined ? { max_value: o.maxValue } : {}),
      };
    case 'string':
      return {
        type: ApplicationCommandOptionType.String,
        ...base,
        ...(o.maxLength ? { max_length: o.maxLength } : {}),
        ...(o.autocomplete ? { autocomplete: true } : {}),
      };
  }
}

function subcommand(s: SubcommandSpec): APIApplicationCommandSubcommandOption {
  return { type: ApplicationCommandOptionType.Subcommand, name: s.name, description: s.description, options: s.options.map(option) };
}

/**
 * The Discord registration payload of a command of the table. An admin command is hidden from members
 * (`default_member_permissions: "0"`) and not offered in DMs; the dispatcher checks again at run time.
 */
export function discordPayload(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: spec.name,
    description: spec.description,
    options: spec.subcommands ? spec.subcommands.map(subcommand) : spec.options.map(option),
    ...(spec.adminOnly ? { default_member_permissions: '0', contexts: [InteractionContextType.Guild] } : {}),
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
}
