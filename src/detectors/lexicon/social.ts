// Social networks' handle shapes for the social-handle value detector and the e-mail detector's
// column check: profile URL hosts and well-known Mastodon / Fediverse instances.

/** Hosts whose profile URLs end in the handle ("twitter.com/ada", "instagram.com/ada"). */
export const PROFILE_URL = new RegExp(
  String.raw`^(?:https?://)?(?:www\.|m\.|mobile\.)?(?:` +
    [
      String.raw`(?:twitter|x|instagram|facebook|fb|pinterest|github|gitlab|twitch|soundcloud|vimeo|flickr|tumblr|t)\.(?:com|tv|me)/`,
      String.raw`(?:tiktok|youtube|threads|medium)\.(?:com|net)/@`,
      String.raw`linkedin\.com/(?:in|pub)/`,
      String.raw`reddit\.com/(?:u|user)/`,
      String.raw`snapchat\.com/add/`,
      String.raw`bsky\.app/profile/`,
    ].join('|') +
    String.raw`)[\p{L}\p{N}_.-]{1,60}/?$`,
  'u',
);

/** `@handle` as X/Twitter (15), Instagram (30, dots), TikTok (24) and Telegram allow it. */
export const AT_HANDLE = /^@[\p{L}\p{N}_][\p{L}\p{N}_.]{0,29}$/u;

/** `@user@host` or `user@host`: a Fediverse address, shaped like an e-mail address. */
export const FEDIVERSE_ADDRESS = /^(@?)([\p{L}\p{N}_][\p{L}\p{N}_.-]{0,63})@((?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24})$/iu;

/**
 * Large Mastodon, Misskey, Pixelfed and Friendica instances (instance directories at
 * joinmastodon.org/servers and fediverse.observer); any host on the `.social` top-level domain,
 * which few mail domains use, counts too.
 */
export const FEDIVERSE_HOSTS: ReadonlySet<string> = new Set([
  'mastodon.social', 'mastodon.online', 'mstdn.social', 'mas.to', 'fosstodon.org', 'hachyderm.io', 'infosec.exchange',
  'mastodon.world', 'mastodon.art', 'mastodon.xyz', 'mstdn.jp', 'mstdn.party', 'mastodon.cloud', 'techhub.social',
  'universeodon.com', 'mastodonapp.uk', 'mastodon.ie', 'social.vivaldi.net', 'troet.cafe', 'chaos.social',
  'norden.social', 'mastodon.green', 'ruhr.social', 'muenchen.social', 'det.social', 'sueden.social', 'mastodon.nl',
  'mastodon.uno', 'mastodon.scot', 'aus.social', 'toot.community', 'kolektiva.social', 'mindly.social', 'piaille.fr',
  'framapiaf.org', 'mamot.fr', 'mastodon.top', 'tkz.one', 'mastodon.bida.im', 'masto.es', 'mastodon.com.br',
  'misskey.io', 'pixelfed.social', 'pixelfed.de', 'lemmy.world', 'kbin.social', 'threads.net', 'bsky.social',
  'journa.host', 'newsie.social', 'sciences.social', 'mathstodon.xyz', 'qoto.org', 'social.tchncs.de', 'mastodon.lol',
]);

/** Whether the host is a known Fediverse instance or on the `.social` top-level domain. */
export function isFediverseHost(host: string): boolean {
  const lower = host.toLowerCase();
  return FEDIVERSE_HOSTS.has(lower) || lower.endsWith('.social');
}

/** PROFILE_URL, after the '/' every one of its hosts' paths holds (an e-mail address has none). */
function isProfileUrl(value: string): boolean {
  return value.includes('/') && PROFILE_URL.test(value);
}

/** A value that is unmistakably a handle: a leading @, a profile URL, or a Fediverse host. */
export function isClearHandle(value: string): boolean {
  if (value.length > 120) return false;
  if (value.startsWith('@')) return AT_HANDLE.test(value) || FEDIVERSE_ADDRESS.test(value);
  if (isProfileUrl(value)) return true;
  const fedi = FEDIVERSE_ADDRESS.exec(value);
  return fedi !== null && isFediverseHost(fedi[3]);
}

/**
 * `isClearHandle(value) || FEDIVERSE_ADDRESS.test(value)`: a handle or anything shaped like a
 * Fediverse address, whatever its host (the social-handle detector's value test; its column
 * check then asks for clear handles). The address pattern runs once.
 */
export function isHandleShaped(value: string): boolean {
  if (value.length > 120) return false;
  if (value.startsWith('@')) return AT_HANDLE.test(value) || FEDIVERSE_ADDRESS.test(value);
  return isProfileUrl(value) || FEDIVERSE_ADDRESS.test(value);
}

/** Share of non-empty values above which an e-mail-shaped column is read as handles. */
export const HANDLE_COLUMN_SHARE = 0.5;
