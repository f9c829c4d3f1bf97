import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { startLoopbackDiscord } from './index.js';

for (const variant of ['partials+no-channel_type', 'no-partials+channel_type']) {
  const d = await startLoopbackDiscord();
  const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages], partials: variant.startsWith('partials') ? [Partials.Channel] : [], rest: { api: d.apiUrl } });
  const ready = once(client, Events.ClientReady);
  await client.login('abc.def.ghi');
  await ready;
  let got = 'none';
  client.on(Events.MessageCreate, (m) => { got = `${m.content} type=${m.channel.type} partial=${m.channel.partial} recipient=${(m.channel as any).recipientId}`; });
  if (variant === 'partials+no-channel_type') {
    const dmId = d.dmChannelIdFor(d.user.id);
    await d.dispatch('MESSAGE_CREATE', { id: '1573965389489111999', channel_id: dmId, author: d.user, content: 'raw dm', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, flags: 0, components: [] });
  } else {
    await d.sendDirectMessage('dm');
  }
  await new Promise((r) => setTimeout(r, 200));
  console.log(variant, '=>', got);
  await client.destroy();
  await d.close();
}
