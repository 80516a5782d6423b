/**
 * URL schemes of oEmbed video providers accepted in `description.<lang>.videos`.
 *
 * Source: the public oEmbed providers registry (https://oembed.com/providers.json), in the
 * snapshot the reference parser embeds (italia/publiccode-parser-go v5.4.3,
 * `data/oembed_schemes.json`). A `*` matches any run of characters and a scheme must match the
 * whole URL, as in the parser.
 *
 * Coverage: the video providers below only (YouTube incl. youtu.be and /shorts, Vimeo,
 * Dailymotion, TED, Wistia, Vidyard, Facebook videos, TikTok, the French Esup-Pod instances
 * and others). The parser also accepts URLs of the registry's non-video providers (photos,
 * slides, audio, maps…), which are rejected here. PeerTube instances are not in the registry.
 * Note the registry's own quirks, which the parser shares: `https://youtube.com/watch?v=…`
 * without `www.` and `http://` YouTube URLs do not match.
 */

export interface OembedVideoProvider {
  readonly name: string;
  readonly schemes: readonly string[];
}

export const OEMBED_VIDEO_PROVIDERS: readonly OembedVideoProvider[] = [
  {
    name: 'YouTube',
    schemes: [
      'https://*.youtube.com/watch*',
      'https://*.youtube.com/v/*',
      'https://youtu.be/*',
      'https://*.youtube.com/playlist?list=*',
      'https://youtube.com/playlist?list=*',
      'https://*.youtube.com/shorts*',
    ],
  },
  {
    name: 'Vimeo',
    schemes: [
      'https://vimeo.com/*',
      'https://vimeo.com/album/*/video/*',
      'https://vimeo.com/channels/*/*',
      'https://vimeo.com/groups/*/videos/*',
      'https://vimeo.com/ondemand/*/*',
      'https://player.vimeo.com/video/*',
      'https://vimeo.com/event/*/*',
    ],
  },
  { name: 'Dailymotion', schemes: ['https://www.dailymotion.com/video/*'] },
  { name: 'TED', schemes: ['http://ted.com/talks/*', 'https://ted.com/talks/*', 'https://www.ted.com/talks/*'] },
  {
    name: 'Wistia',
    schemes: [
      'https://fast.wistia.com/embed/iframe/*',
      'https://fast.wistia.com/embed/playlists/*',
      'https://*.wistia.com/medias/*',
    ],
  },
  {
    name: 'Vidyard',
    schemes: [
      'http://*.vidyard.com/*',
      'https://*.vidyard.com/*',
      'http://*.hubs.vidyard.com/*',
      'https://*.hubs.vidyard.com/*',
    ],
  },
  {
    name: 'Facebook (videos)',
    schemes: [
      'https://www.facebook.com/*/videos/*',
      'https://www.facebook.com/video.php?id=*',
      'https://www.facebook.com/video.php?v=*',
    ],
  },
  { name: 'TikTok', schemes: ['https://www.tiktok.com/*/video/*'] },
  { name: 'Streamable', schemes: ['http://streamable.com/*', 'https://streamable.com/*'] },
  { name: 'SproutVideo', schemes: ['https://sproutvideo.com/videos/*', 'https://*.vids.io/videos/*'] },
  {
    name: 'Livestream',
    schemes: [
      'https://livestream.com/accounts/*/events/*',
      'https://livestream.com/accounts/*/events/*/videos/*',
      'https://livestream.com/*/events/*',
      'https://livestream.com/*/events/*/videos/*',
      'https://livestream.com/*/*',
      'https://livestream.com/*/*/videos/*',
    ],
  },
  { name: 'Microsoft Stream', schemes: ['https://*.microsoftstream.com/video/*', 'https://*.microsoftstream.com/channel/*'] },
  { name: 'Odysee', schemes: ['https://odysee.com/*/*', 'https://odysee.com/*'] },
  { name: 'Vevo', schemes: ['http://www.vevo.com/*', 'https://www.vevo.com/*'] },
  { name: 'Hulu', schemes: ['http://www.hulu.com/watch/*'] },
  { name: 'Ustream', schemes: ['http://*.ustream.tv/*', 'http://*.ustream.com/*'] },
  { name: 'NFB', schemes: ['http://*.nfb.ca/film/*'] },
  { name: 'DTube', schemes: ['https://d.tube/v/*'] },
  {
    name: 'Ultimedia',
    schemes: [
      'https://www.ultimedia.com/central/video/edit/id/*/topic_id/*/',
      'https://www.ultimedia.com/default/index/videogeneric/id/*/showtitle/1/viewnc/1',
      'https://www.ultimedia.com/default/index/videogeneric/id/*',
    ],
  },
  { name: 'Viously', schemes: ['https://www.viously.com/*/*'] },
  {
    name: 'Esup-Pod (French universities)',
    schemes: [
      'https://pod.univ-lille.fr/video/*',
      'https://mediatheque.univ-paris1.fr/video/*',
      'https://pod.u-pec.fr/video/*',
      'https://uapod.univ-antilles.fr/video/*',
      'https://umotion-test.univ-lemans.fr/video/*',
    ],
  },
  { name: 'Gumlet', schemes: ['https://www.gumlet.com/watch/*', 'https://play.gumlet.io/embed/*'] },
  { name: 'Synthesia', schemes: ['https://share.synthesia.io/*'] },
  { name: 'Wave.video', schemes: ['https://watch.wave.video/*', 'https://embed.wave.video/*'] },
  { name: 'Screen9', schemes: ['https://console.screen9.com/*', 'https://*.screen9.tv/*'] },
  { name: 'SAPO Videos', schemes: ['http://videos.sapo.pt/*'] },
  { name: 'Dotsub', schemes: ['http://dotsub.com/view/*'] },
  { name: 'Coub', schemes: ['http://coub.com/view/*', 'http://coub.com/embed/*'] },
  {
    name: 'Kakao TV',
    schemes: [
      'https://tv.kakao.com/channel/*/cliplink/*',
      'https://tv.kakao.com/m/channel/*/cliplink/*',
      'https://tv.kakao.com/channel/v/*',
      'https://tv.kakao.com/channel/*/livelink/*',
      'https://tv.kakao.com/m/channel/*/livelink/*',
      'https://tv.kakao.com/channel/l/*',
    ],
  },
];
