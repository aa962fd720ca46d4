// Multilingual field-name lexicons for personalization data (issue 24): browsing, purchase
// history, declared preferences, inferred profiles, advertising and cookie ids, consent records.
// Many of their words are global negatives elsewhere (`email_opt_in` is not an email), so each
// lexicon keeps the ones that are its own data (`consented_at`, `order_count`, `churn_score`).
import { lexicon } from './types.js';

/** Words saying the field describes a configuration, a form or a document, not a person's data. */
const ABOUT_NOT_OF = ['template', 'templates', 'schema', 'config', 'configuration', 'setting', 'settings', 'policy', 'text', 'form', 'label', 'description', 'banner', 'definition', 'default', 'defaults', 'option', 'options'];

export const BROWSING = lexicon({
  category: 'behavior.browsing',
  not: [...ABOUT_NOT_OF, 'size', 'limit', 'offset', 'token', 'cursor', 'number', 'layout', 'index', 'engine', 'provider', 'api', 'endpoint'],
  keep: ['url', 'link', 'count', 'counts', 'cnt', 'total'],
  terms: [
    {
      confidence: 0.85,
      say: {
        en: ['page view', 'page views', 'pageview', 'pageviews', 'pages viewed', 'viewed pages', 'visited pages', 'page url', 'page path', 'page title', 'page location', 'page referrer', 'screen view', 'screen views', 'app screen', 'referrer', 'referer', 'http referer', 'search term', 'search terms', 'search query', 'search queries', 'search keyword', 'search keywords', 'searched', 'site search', 'browsing history', 'browse history', 'clickstream', 'click stream', 'clicked url', 'click url', 'clicked link', 'clicks', 'recently viewed', 'viewed products', 'products viewed', 'landing page', 'exit page', 'entry page', 'session events'],
        de: ['Seitenaufrufe', 'Seiten-URL', 'besuchte Seiten', 'Verweis-URL', 'Referrer', 'Suchbegriffe', 'Suchbegriff', 'Suchanfrage', 'Suchanfragen', 'Klicks', 'Browserverlauf', 'Surfverlauf', 'Klickpfad', 'zuletzt angesehen'],
        fr: ['pages vues', 'URL de la page', 'pages visitées', 'référent', 'termes de recherche', 'terme de recherche', 'requête de recherche', 'clics', 'historique de navigation', 'parcours de navigation', 'produits consultés'],
        es: ['páginas vistas', 'URL de la página', 'páginas visitadas', 'página de referencia', 'términos de búsqueda', 'término de búsqueda', 'consulta de búsqueda', 'clics', 'historial de navegación', 'productos vistos'],
        it: ['pagine visualizzate', 'URL della pagina', 'pagine visitate', 'pagina di provenienza', 'termini di ricerca', 'termine di ricerca', 'query di ricerca', 'cronologia di navigazione', 'prodotti visti'],
        nl: ['paginaweergaven', 'pagina-URL', "bezochte pagina's", 'verwijzer', 'zoektermen', 'zoekterm', 'zoekopdracht', 'zoekopdrachten', 'klikken', 'surfgeschiedenis', 'browsegeschiedenis', 'bekeken producten'],
        pt: ['páginas vistas', 'URL da página', 'páginas visitadas', 'referenciador', 'termos de pesquisa', 'termo de pesquisa', 'consulta de pesquisa', 'cliques', 'histórico de navegação', 'produtos vistos'],
      },
    },
    {
      // A bare `page` or `screen` is a page number, a document's page or a UI's screen (`Field.page`,
      // `csl.page`, `channels.pages`) anywhere but in rows of sessions, visits, hits or requests,
      // where it is the page the person saw (lexicon/context.ts, WEB_WORDS).
      confidence: 0,
      say: { en: ['click', 'page', 'screen', 'search'] },
      whole: true,
      context: { kind: 'web', boosted: 0.6 },
    },
    { confidence: 0.6, say: { en: ['event name', 'event action', 'event label', 'page name'] } },
  ],
});

export const PURCHASE = lexicon({
  category: 'behavior.purchase',
  not: [...ABOUT_NOT_OF, 'status', 'state', 'id', 'ids', 'key', 'number', 'no', 'nr', 'ref', 'reference', 'item', 'line', 'limit', 'max', 'min', 'tax', 'shipping', 'currency', 'discount', 'coupon', 'note', 'notes'],
  keep: ['total', 'totals', 'count', 'counts', 'cnt', 'sum', 'frequency', 'at', 'timestamp'],
  terms: [
    {
      confidence: 0.85,
      say: {
        en: ['order history', 'purchase history', 'orders count', 'order count', 'number of orders', 'num orders', 'num purchases', 'total orders', 'purchase count', 'number of purchases', 'total spend', 'total spent', 'amount spent', 'lifetime spend', 'spend to date', 'average order value', 'avg order value', 'aov', 'items purchased', 'purchased items', 'products purchased', 'purchased products', 'basket items', 'basket contents', 'cart items', 'cart contents', 'shopping cart', 'abandoned cart', 'abandoned carts', 'last purchase', 'last purchase date', 'last purchased', 'last order', 'last order date', 'last ordered', 'first purchase', 'first order', 'first order date', 'purchase frequency', 'order frequency', 'days since last order', 'days since last purchase', 'rfm', 'recency', 'monetary value', 'transaction history'],
        de: ['Bestellhistorie', 'Bestellverlauf', 'Kaufhistorie', 'Anzahl Bestellungen', 'Anzahl Käufe', 'Warenkorb', 'Warenkorbinhalt', 'letzte Bestellung', 'letzter Kauf', 'Kaufhäufigkeit', 'Gesamtausgaben', 'gekaufte Artikel'],
        fr: ['historique des commandes', "historique d'achat", "historique d'achats", 'nombre de commandes', 'nb commandes', 'panier', 'contenu du panier', 'dernière commande', 'dernier achat', 'montant total dépensé', "fréquence d'achat", 'articles achetés'],
        es: ['historial de pedidos', 'historial de compras', 'número de pedidos', 'carrito', 'cesta de compra', 'última compra', 'último pedido', 'gasto total', 'frecuencia de compra', 'artículos comprados'],
        it: ['storico ordini', 'cronologia acquisti', 'storico acquisti', 'numero ordini', 'numero di ordini', 'carrello', 'ultimo acquisto', 'ultimo ordine', 'spesa totale', 'frequenza di acquisto', 'articoli acquistati'],
        nl: ['bestelgeschiedenis', 'aankoopgeschiedenis', 'aantal bestellingen', 'winkelwagen', 'winkelmandje', 'laatste aankoop', 'laatste bestelling', 'totale besteding', 'aankoopfrequentie', 'gekochte artikelen'],
        pt: ['histórico de pedidos', 'histórico de compras', 'número de pedidos', 'carrinho', 'cesta de compras', 'última compra', 'último pedido', 'gasto total', 'frequência de compra', 'itens comprados'],
      },
    },
    { confidence: 0.6, say: { en: ['orders', 'purchases', 'basket', 'cart'] }, whole: true },
  ],
});

export const PREFERENCE = lexicon({
  category: 'behavior.preference',
  not: [...ABOUT_NOT_OF, 'id', 'ids', 'key', 'count', 'rate', 'accrued', 'amount', 'paid', 'charged', 'income', 'expense', 'earned', 'due', 'balance', 'compound', 'updated', 'changed', 'at', 'date', 'timestamp', 'center', 'centre'],
  keep: ['preference', 'preferences', 'pref', 'prefs', 'size', 'frequency', 'brand', 'color', 'colour'],
  terms: [
    {
      confidence: 0.8,
      say: {
        en: ['preferences', 'preference', 'prefs', 'customer preferences', 'communication preferences', 'contact preferences', 'newsletter preferences', 'email preferences', 'marketing preferences', 'preferred language', 'preferred channel', 'preferred contact method', 'preferred store', 'preferred brand', 'preferred brands', 'preferred categories', 'preferred size', 'email frequency', 'contact frequency', 'newsletter frequency', 'interests', 'hobbies', 'favorite', 'favourite', 'favorites', 'favourites', 'wishlist', 'wish list', 'shoe size', 'clothing size', 'dress size', 'shirt size', 'survey answers', 'survey answer', 'survey responses', 'survey response', 'quiz answers', 'style preference', 'likes', 'dislikes'],
        de: ['Präferenzen', 'Vorlieben', 'Interessen', 'bevorzugte Sprache', 'bevorzugter Kanal', 'Kommunikationspräferenzen', 'Kontaktpräferenzen', 'Lieblingsmarke', 'Lieblingsprodukt', 'Lieblingsfarbe', 'Schuhgröße', 'Konfektionsgröße', 'Umfrageantworten', 'Wunschliste', 'Merkliste'],
        fr: ['préférences', "centres d'intérêt", 'intérêts', 'langue préférée', 'canal préféré', 'préférences de communication', 'favoris', 'pointure', 'taille de vêtement', 'réponses au questionnaire', 'réponses enquête', 'liste de souhaits'],
        es: ['preferencias', 'intereses', 'idioma preferido', 'canal preferido', 'preferencias de comunicación', 'favoritos', 'talla de calzado', 'talla de ropa', 'respuestas de la encuesta', 'lista de deseos'],
        it: ['preferenze', 'interessi', 'lingua preferita', 'canale preferito', 'preferenze di comunicazione', 'preferiti', 'numero di scarpe', 'taglia abbigliamento', 'risposte al sondaggio', 'lista dei desideri'],
        nl: ['voorkeuren', 'interesses', 'voorkeurstaal', 'voorkeurskanaal', 'communicatievoorkeuren', 'favorieten', 'schoenmaat', 'kledingmaat', 'antwoorden enquête', 'verlanglijst'],
        pt: ['preferências', 'interesses', 'idioma preferido', 'canal preferido', 'preferências de comunicação', 'favoritos', 'número do calçado', 'tamanho de roupa', 'respostas do questionário', 'lista de desejos'],
      },
    },
    {
      // A person's tastes on a profile (`profile.music`, `members.books`, `Nutzer.Hobbys`): the bare
      // name of a medium or pastime is a shop's or a catalogue's anywhere else, so only among people.
      confidence: 0,
      whole: true,
      context: { kind: 'person', boosted: 0.7 },
      say: {
        en: ['music', 'book', 'books', 'tv', 'television', 'film', 'films', 'movie', 'movies', 'interest', 'hobby', 'hobbies', 'pastimes'],
        de: ['Musik', 'Bücher', 'Filme', 'Fernsehen', 'Hobby', 'Hobbys', 'Interesse', 'Freizeit'],
        fr: ['musique', 'livres', 'films', 'télévision', 'loisirs', 'intérêt'],
        es: ['música', 'libros', 'películas', 'televisión', 'aficiones', 'pasatiempos', 'interés'],
        it: ['musica', 'libri', 'film', 'televisione', 'hobby', 'passatempi', 'interesse'],
        nl: ['muziek', 'boeken', 'films', 'televisie', 'hobby', "hobby's", 'interesse'],
        pt: ['música', 'livros', 'filmes', 'televisão', 'passatempos', 'interesse'],
      },
    },
  ],
});

export const PROFILE = lexicon({
  category: 'behavior.profile',
  not: [...ABOUT_NOT_OF, 'id', 'ids', 'key', 'count', 'version', 'model', 'threshold', 'length', 'start', 'end', 'offset', 'index', 'road', 'route', 'network', 'line', 'video', 'audio', 'disk', 'memory', 'file'],
  keep: ['score', 'rate', 'percent', 'percentage', 'pct', 'updated', 'at'],
  terms: [
    {
      confidence: 0.85,
      say: {
        en: ['customer segment', 'segment', 'segments', 'audience segment', 'audiences', 'cohort', 'persona', 'propensity', 'propensity score', 'purchase propensity', 'churn score', 'churn risk', 'churn probability', 'churn prediction', 'likely to churn', 'lifetime value', 'customer lifetime value', 'clv', 'cltv', 'ltv', 'predicted', 'prediction', 'predicted ltv', 'affinity', 'brand affinity', 'category affinity', 'recommendation score', 'recommendation scores', 'recommendation features', 'recommendations', 'recommended products', 'next best action', 'next best offer', 'lead score', 'lead scoring', 'engagement score', 'customer score', 'rfm segment', 'rfm score', 'lookalike', 'look alike', 'inferred interests', 'user embedding', 'customer embedding'],
        de: ['Kundensegment', 'Segment', 'Kohorte', 'Persona', 'Kaufneigung', 'Abwanderungsrisiko', 'Abwanderungswahrscheinlichkeit', 'Kundenwert', 'Kundenlebenszeitwert', 'Affinität', 'Lead-Score', 'Empfehlungen', 'vorhergesagt'],
        fr: ['segment client', 'cohorte', 'propension', "risque d'attrition", "score d'attrition", 'valeur vie client', 'affinité', 'score de lead', 'recommandations', 'prédit', 'prédiction'],
        es: ['segmento', 'segmento de cliente', 'cohorte', 'propensión', 'riesgo de abandono', 'probabilidad de abandono', 'valor de vida del cliente', 'afinidad', 'puntuación de lead', 'recomendaciones', 'predicción'],
        it: ['segmento', 'segmento cliente', 'coorte', 'propensione', 'rischio di abbandono', 'valore del cliente nel tempo', 'affinità', 'punteggio lead', 'raccomandazioni', 'previsione'],
        nl: ['klantsegment', 'segment', 'cohort', 'neiging', 'churnrisico', 'verlooprisico', 'klantwaarde', 'affiniteit', 'leadscore', 'aanbevelingen', 'voorspeld', 'voorspelling'],
        pt: ['segmento', 'segmento de cliente', 'coorte', 'propensão', 'risco de abandono', 'risco de churn', 'valor do tempo de vida do cliente', 'afinidade', 'pontuação de lead', 'recomendações', 'previsão'],
      },
    },
  ],
});

export const ADVERTISING_ID = lexicon({
  category: 'online.advertising_id',
  not: [...ABOUT_NOT_OF, 'type', 'count', 'enabled', 'limit', 'limited', 'tracking', 'param', 'parameter', 'name'],
  terms: [
    {
      confidence: 0.88,
      say: {
        en: ['idfa', 'gaid', 'aaid', 'advertising id', 'advertising identifier', 'mobile ad id', 'mobile advertising id', 'gclid', 'fbclid', 'msclkid', 'dclid', 'ttclid', 'wbraid', 'gbraid', 'yclid', 'li fat id', 'google click id', 'facebook click id', 'microsoft click id', 'ad click id', 'click id'],
        de: ['Werbe-ID', 'Werbekennung', 'Werbe-Kennung'],
        fr: ['identifiant publicitaire', 'id publicitaire'],
        es: ['identificador de publicidad', 'id de publicidad', 'id publicitario'],
        it: ['id pubblicitario', 'identificativo pubblicitario'],
        nl: ['advertentie-id', 'advertentie id', 'reclame-id'],
        pt: ['id de publicidade', 'identificador de publicidade'],
      },
    },
    // `ad_id` is as often the id of an advert (a creative) as a device's: a uuid value decides.
    { confidence: 0.4, say: { en: ['ad id'] } },
  ],
});

export const COOKIE_ID = lexicon({
  category: 'online.cookie_id',
  not: [...ABOUT_NOT_OF, 'consent', 'name', 'names', 'domain', 'path', 'expiry', 'expires', 'expiration', 'duration', 'lifetime', 'category', 'categories', 'purpose', 'purposes', 'url', 'secure', 'samesite', 'http', 'httponly', 'size', 'list', 'count', 'type', 'secret', 'app', 'oauth', 'api', 'jar'],
  terms: [
    {
      confidence: 0.88,
      say: {
        en: ['cookie id', 'cookie identifier', 'cookie value', 'visitor id', 'visitor uuid', 'visitor identifier', 'anonymous id', 'anonymous uuid', 'anon id', 'anonymous user id', 'anonymous visitor id', 'ga client id', 'ga cid', 'google client id', 'domain userid', 'domain user id', 'network userid', 'network user id', 'user pseudo id', 'distinct id', 'browser id', 'browser fingerprint', 'device fingerprint', 'fingerprint id', 'tracking cookie', 'fbp'],
        de: ['Cookie-ID', 'Besucher-ID', 'Besucherkennung', 'anonyme ID', 'Browser-Fingerabdruck'],
        fr: ['identifiant cookie', 'id cookie', 'id visiteur', 'identifiant visiteur', 'identifiant anonyme', 'empreinte du navigateur'],
        es: ['id de cookie', 'id de visitante', 'identificador de visitante', 'id anónimo', 'huella del navegador'],
        it: ['id cookie', 'id visitatore', 'identificativo visitatore', 'id anonimo', 'impronta del browser'],
        nl: ['cookie-id', 'bezoeker-id', 'bezoekers-id', 'anonieme id', 'browservingerafdruk'],
        pt: ['id de cookie', 'id do visitante', 'identificador do visitante', 'id anônimo', 'fingerprint do navegador'],
      },
    },
    { confidence: 0.6, say: { en: ['ga', 'cookie'] }, whole: true },
    // `client_id` is GA's name for the cookie id, and as often a customer's key or an OAuth
    // client: too weak alone (a GA-shaped value decides, see ga-client-id).
    { confidence: 0.3, say: { en: ['client id', 'cid'] } },
  ],
});

export const CONSENT = lexicon({
  category: 'consent.record',
  not: [...ABOUT_NOT_OF, 'id', 'ids', 'key', 'ip', 'agent', 'count', 'url', 'link', 'page', 'screen', 'message', 'required', 'request', 'requests', 'document', 'reason', 'reasons', 'rate', 'list', 'lists', 'name', 'title', 'campaign', 'campaigns', 'content', 'sender', 'template'],
  keep: ['at', 'timestamp', 'version', 'status', 'type', 'set', 'updated', 'created', 'changed', 'opt', 'optin', 'optout', 'consent', 'subscribed', 'unsubscribed', 'subscription', 'allowed', 'enabled', 'flag', 'channel', 'preference', 'preferences', 'source'],
  terms: [
    {
      confidence: 0.88,
      say: {
        en: ['consent', 'consents', 'consented', 'consent given', 'consented at', 'consent date', 'consent timestamp', 'consent status', 'consent version', 'consent channel', 'consent scope', 'consent source', 'consent string', 'tc string', 'tcf string', 'euconsent', 'euconsent v2', 'gdpr consent', 'marketing consent', 'opt in', 'optin', 'opted in', 'opt out', 'optout', 'opted out', 'email opt in', 'sms opt in', 'marketing opt in', 'newsletter opt in', 'unsubscribed', 'unsubscribed at', 'unsubscribe date', 'marketing permission', 'marketing permissions', 'marketing allowed', 'accepts marketing', 'accepts email marketing', 'accepts sms marketing', 'allow marketing', 'marketing ok', 'subscribed to newsletter', 'newsletter subscribed', 'newsletter subscription', 'terms accepted', 'terms accepted at', 'tos accepted', 'privacy accepted', 'privacy policy accepted', 'accepted terms', 'do not track', 'dnt', 'do not email', 'do not call', 'do not contact', 'do not sell', 'withdrawn at', 'consent withdrawn', 'withdrawal date',
          // Flags named for what was agreed or asked for, and run-together spellings of the above.
          'agreed to terms', 'agree to terms', 'agreed terms', 'agree terms', 'terms agreed', 'accept terms', 'accepts terms', 'accepted tos', 'terms of service accepted', 'gdpr accepted', 'gdpr agreed', 'privacy agreed', 'privacy consent',
          'receive newsletter', 'receives newsletter', 'wants newsletter', 'newsletter signup', 'newsletter consent', 'newsletter optin', 'is subscribed', 'email subscribed', 'sms subscribed', 'subscribed to emails',
          'accepts promotions', 'allow promotions', 'promotional emails', 'promo emails', 'marketing emails', 'marketing sms', 'email marketing', 'sms marketing', 'contact permission', 'permission to contact', 'permission marketing', 'can contact', 'may contact',
          'email opt out', 'sms opt out', 'marketing opt out', 'opt out date', 'opt in date', 'email unsubscribed', 'do not mail', 'do not sms', 'do not text',
          'donotcall', 'donotemail', 'donotmail', 'donotcontact', 'emailoptout', 'emailoptin', 'smsoptout', 'smsoptin', 'optedout', 'optedin'],
        de: ['Einwilligung', 'Einwilligungsdatum', 'Einverständnis', 'Zustimmung', 'Werbeeinwilligung', 'Newsletter-Anmeldung', 'Newsletter abonniert', 'abgemeldet', 'Widerspruch', 'Werbewiderspruch', 'AGB akzeptiert', 'Datenschutz akzeptiert'],
        fr: ['consentement', 'date de consentement', 'consentement marketing', 'désabonné', 'désinscrit', 'opposition', 'accord marketing', 'CGU acceptées', 'abonné newsletter'],
        es: ['consentimiento', 'fecha de consentimiento', 'consentimiento marketing', 'dado de baja', 'baja publicidad', 'acepta publicidad', 'acepta comunicaciones', 'suscrito newsletter'],
        it: ['consenso', 'data consenso', 'consenso marketing', 'consenso privacy', 'disiscritto', 'opposizione', 'iscritto newsletter'],
        nl: ['toestemming', 'toestemming marketing', 'datum toestemming', 'afgemeld', 'uitgeschreven', 'bezwaar', 'nieuwsbrief aangemeld'],
        pt: ['consentimento', 'data do consentimento', 'consentimento marketing', 'descadastrado', 'oposição', 'aceita marketing', 'inscrito newsletter'],
        // Issue 21: consent as schemas in the domain languages name it (GDPR `zgoda`, `samtycke`,
        // `samtykke`; Turkish KVKK `açık rıza` and its `onay`, never a bare `onay`, which approves
        // orders and leave too).
        pl: ['zgoda', 'zgoda marketingowa', 'zgoda na marketing', 'zgoda rodo', 'data zgody'],
        sv: ['samtycke', 'samtycke marknadsföring', 'samtyckesdatum'],
        da: ['samtykke', 'samtykke markedsføring', 'samtykkedato'],
        tr: ['açık rıza', 'acik riza', 'kvkk onay', 'kvkk onayı', 'pazarlama izni', 'ticari ileti onayı'],
      },
    },
    {
      // A channel a person agreed to be reached on (`accepts_sms`, `allow_contact`, `receive_emails`):
      // the grant itself, as `accepts_marketing` is. `notifications` stays a negative: a setting.
      confidence: 0.8,
      say: { en: ['accepts sms', 'accept sms', 'accepts emails', 'accept emails', 'receive emails', 'receive sms', 'accept receive emails', 'allow contact', 'allow emails', 'allow sms', 'no marketing', 'marketing opt', 'accepts calls', 'contact allowed'] },
    },
    { confidence: 0.6, say: { en: ['newsletter', 'subscribed', 'marketing', 'tracking allowed'], de: ['Newsletter'] }, whole: true },
  ],
});
