// Multilingual field-name lexicons for online identifiers: username, IP and MAC address,
// device and advertising ids, user agent, and geographic coordinates.
import { lexicon } from './types.js';

export const USERNAME = lexicon({
  category: 'online.username',
  not: ['agent', 'count', 'history', 'streak', 'method', 'page', 'url', 'token', 'failed', 'failure', 'success', 'successful', 'last', 'first', 'time', 'date', 'ip', 'location', 'device'],
  terms: [
    {
      confidence: 0.9,
      say: {
        // Not `account name`: a CRM account is a company, a bank account's name is its holder's.
        en: ['username', 'user name', 'login name', 'screen name', 'user login', 'login id'],
        de: ['Benutzername', 'Anmeldename', 'Nutzername', 'Benutzerkennung'],
        fr: ["nom d'utilisateur", 'identifiant de connexion', 'pseudo'],
        es: ['nombre de usuario', 'usuario de acceso'],
        it: ['nome utente', 'nome account'],
        nl: ['gebruikersnaam', 'inlognaam'],
        pt: ['nome de usuário', 'nome de utilizador'],
      },
    },
    {
      // Abbreviations of `user name` (`uname`, `usr_name`, `user_nm`); Unix `uname` is the system's name.
      confidence: 0.8,
      say: { en: ['uname', 'usr name', 'user nm', 'usr nm'] },
      not: ['os', 'system', 'sys', 'kernel', 'host', 'machine', 'platform', 'server', 'node'],
    },
    {
      confidence: 0.65,
      say: { en: ['login', 'handle', 'nickname', 'nick'], de: ['Login', 'Spitzname'], fr: ['identifiant', 'surnom'], es: ['apodo'], it: ['soprannome'], nl: ['bijnaam'], pt: ['apelido de usuário'] },
      not: ['file', 'window', 'event', 'error', 'fd', 'attempts', 'required', 'provider', 'mail', 'email', 'phone', 'bar', 'drag', 'resize'],
    },
    {
      // Instant-messaging addresses (XMPP/Jabber ids, Skype and ICQ names, OpenID identifiers):
      // each is the person's handle on that network.
      confidence: 0.75,
      say: { en: ['xmpp', 'xmpp id', 'xmpp address', 'jabber', 'jabber id', 'skype', 'skype id', 'skype name', 'icq', 'icq number', 'openid', 'openid identifier', 'openid url'] },
      not: ['server', 'host', 'port', 'domain', 'enabled', 'provider', 'endpoint', 'issuer', 'client', 'config', 'configuration', 'connect'],
    },
    {
      // A bare `matrix` is a handle on the Matrix network only among people (`profile.matrix`
      // beside `xmpp`); elsewhere it is a table of numbers.
      confidence: 0,
      say: { en: ['matrix', 'matrix id'] },
      whole: true,
      context: { kind: 'person', boosted: 0.7 },
    },
    {
      // Organisations, parks and hosts have aliases too: a person's only among people.
      confidence: 0.45,
      say: { en: ['alias'], de: ['Alias'], fr: ['alias'], es: ['alias'], it: ['alias'], nl: ['alias'], pt: ['alias'] },
      not: ['file', 'host', 'domain', 'email', 'mail', 'command', 'table', 'column'],
      context: { kind: 'person', boosted: 0.65 },
    },
    {
      // A bare `user` column of text is the login (web-server, Kibana and audit logs); one of
      // numbers or UUIDs is a key, which the profiler sees from the values (combine.ts).
      confidence: 0.55,
      say: { en: ['user'], de: ['Benutzer'], fr: ['utilisateur'], es: ['usuario'], it: ['utente'], nl: ['gebruiker'], pt: ['usuário'] },
      whole: true,
    },
  ],
});

export const IP_ADDRESS = lexicon({
  category: 'online.ip_address',
  not: ['country', 'city', 'region', 'location', 'protocol', 'lookup', 'geo', 'geolocation', 'asn', 'isp', 'org', 'reputation', 'risk'],
  terms: [
    {
      confidence: 0.92,
      say: {
        en: ['ip', 'ip address', 'ipaddress', 'ipv4', 'ipv6', 'ip addr', 'remote addr', 'remote address', 'remote ip', 'client ip', 'source ip', 'src ip', 'x forwarded for', 'forwarded for', 'last ip', 'user ip'],
        de: ['IP-Adresse', 'IP Adresse'],
        fr: ['adresse IP'],
        es: ['dirección IP'],
        it: ['indirizzo IP'],
        nl: ['IP-adres'],
        pt: ['endereço IP'],
      },
    },
    {
      confidence: 0.6,
      say: { en: ['client address', 'peer address'] },
      // A numbered address (`client_address_1`) or a street, billing or shipping one is a postal address's line.
      not: ['1', '2', '3', '4', 'line', 'street', 'postal', 'billing', 'shipping', 'mailing', 'city', 'zip'],
    },
  ],
});

export const MAC_ADDRESS = lexicon({
  category: 'online.mac_address',
  not: ['os', 'osx', 'app', 'store', 'key', 'algorithm', 'algo', 'tag', 'secret', 'sha', 'hmac', 'signature', 'book', 'mini', 'pro', 'vendor'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['mac address', 'macaddress', 'mac addr', 'hw addr', 'hwaddr', 'hardware address', 'bssid', 'wifi mac', 'bluetooth mac'],
        de: ['MAC-Adresse', 'Hardwareadresse'],
        fr: ['adresse MAC', 'adresse physique'],
        es: ['dirección MAC', 'dirección física'],
        it: ['indirizzo MAC', 'indirizzo fisico'],
        nl: ['MAC-adres', 'fysiek adres'],
        pt: ['endereço MAC', 'endereço físico'],
      },
    },
    { confidence: 0.7, say: { en: ['mac'] } },
  ],
});

export const DEVICE_ID = lexicon({
  category: 'online.device_id',
  not: ['type', 'name', 'model', 'os', 'version', 'count'],
  terms: [
    {
      confidence: 0.88,
      say: {
        en: ['device id', 'device identifier', 'deviceid', 'udid', 'idfa', 'idfv', 'gaid', 'aaid', 'advertising id', 'advertiser id', 'android id', 'imei', 'meid', 'imsi', 'device uuid', 'device fingerprint', 'hardware id', 'hwid'],
        de: ['Geräte-ID', 'Gerätekennung', 'Werbe-ID'],
        fr: ["identifiant de l'appareil", 'id appareil', 'identifiant publicitaire'],
        es: ['id de dispositivo', 'identificador del dispositivo', 'id dispositivo', 'identificador de publicidad'],
        it: ['id dispositivo', 'identificativo dispositivo', 'id pubblicitario'],
        nl: ['apparaat-id', 'apparaat id', 'toestel id', 'advertentie-id'],
        pt: ['id do dispositivo', 'identificador do dispositivo', 'id de publicidade'],
      },
    },
    { confidence: 0.7, say: { en: ['push token', 'fcm token', 'apns token', 'device token', 'registration token', 'ad id'] } },
  ],
});

export const USER_AGENT = lexicon({
  category: 'online.user_agent',
  terms: [
    {
      confidence: 0.92,
      say: {
        en: ['user agent', 'useragent', 'http user agent', 'user agent string', 'browser agent'],
        de: ['User-Agent', 'Benutzeragent'],
        fr: ['agent utilisateur'],
        es: ['agente de usuario', 'agente usuario'],
        it: ['agente utente'],
        nl: ['gebruikersagent', 'user-agent'],
        pt: ['agente do usuário', 'agente de utilizador'],
      },
    },
    { confidence: 0.6, say: { en: ['ua'] } },
    {
      // A bare `agent` is as often a sales or insurance agent: the client's user agent only in rows of sessions or logins.
      confidence: 0,
      say: { en: ['agent', 'browser'], de: ['Browser'], fr: ['navigateur'], es: ['navegador'], it: ['browser'], nl: ['browser'], pt: ['navegador'] },
      context: { kind: 'web', boosted: 0.7 },
      whole: true,
    },
  ],
});

export const COORDINATES = lexicon({
  category: 'location.coordinates',
  not: ['accuracy', 'precision', 'permission', 'permissions', 'services', 'name', 'code', 'timezone', 'tz', 'source', 'fence', 'radius'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['latitude', 'longitude', 'lat', 'lon', 'lng', 'coordinates', 'coords', 'gps', 'geolocation', 'geo location', 'geopoint', 'geo point', 'lat lng', 'latlng', 'lat lon', 'latlon', 'geo coordinates', 'gps position', 'gps location', 'geo position', 'spatial location',
          // Positions encoded as words or short codes: what3words, geohashes, Open Location (plus) codes.
          'what3words', 'what 3 words', 'w3w', 'geohash', 'geo hash', 'plus code', 'pluscode', 'open location code'],
        de: ['Breitengrad', 'Längengrad', 'Koordinaten', 'GPS-Position', 'Geokoordinaten'],
        fr: ['coordonnées GPS', 'coordonnées géographiques', 'position GPS'],
        es: ['latitud', 'longitud', 'coordenadas'],
        it: ['latitudine', 'longitudine', 'coordinate', 'coordinate GPS'],
        nl: ['breedtegraad', 'lengtegraad', 'coördinaten', 'gps-coördinaten'],
        pt: ['coordenadas', 'coordenadas GPS', 'posição GPS'],
      },
    },
    {
      // Mostly a place's name or a reference (`event.location`, a profile's free-text location):
      // coordinates only when the values are, or a person's path says so.
      confidence: 0.45,
      say: { en: ['location', 'geo', 'geoip', 'position'], de: ['Standort', 'Position'], fr: ['localisation', 'géolocalisation'], es: ['ubicación', 'geolocalización'], it: ['posizione', 'geolocalizzazione'], nl: ['locatie'], pt: ['localização', 'geolocalização'] },
      not: ['id', 'type', 'description', 'address', 'city', 'country', 'region', 'zone', 'level', 'index', 'order', 'sort', 'rank', 'title', 'manager', 'x', 'y', 'top', 'left', 'absolute', 'relative',
        // A work or volunteer position is a job, its location a workplace (JSON Resume `work[].position`).
        'work', 'job', 'jobs', 'employment', 'career', 'volunteer'],
    },
    { confidence: 0.4, say: { en: ['long'] }, whole: true },
  ],
});
