// Table tests for browsing-name: page views, referrers, search terms and clicks in seven
// languages, their look-alikes, and the person-key gate (a report without a person key is quiet).
import detector from '../../../src/detectors/name/browsing-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'behavior.browsing' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'page_views', 'pageUrl', 'page_path', 'referrer', 'referrer_url', 'http_referer', 'search_terms', 'searchQuery',
    'clicks', 'session_events', 'recently_viewed', 'page_view_count', 'Seitenaufrufe', 'Suchbegriffe', 'pages_vues',
    'termes_de_recherche', 'paginas_vistas', 'terminos_de_busqueda', 'pagine_visitate', 'termini_di_ricerca',
    'paginaweergaven', 'zoektermen', 'paginas_visitadas', 'termos_de_pesquisa',
    { raw: 'page_url', dataset: 'events', siblings: ['anonymous_id', 'ts'] },
    { raw: 'search_query', dataset: 'searches', siblings: ['user_id'] },
    // A bare page, screen or search in rows of sessions, visits or hits is what the person saw.
    { raw: 'page', dataset: 'page_hits', siblings: ['visitor_id', 'ts'] }, { raw: 'screen', dataset: 'app_sessions', siblings: ['user_id'] },
    { raw: 'search', dataset: 'visits', siblings: ['user_id'] },
  ].map((name) => ({ name, category })),
  invalid: [
    'page_size', 'page_id', 'page_template', 'search_engine', 'event_id', 'app_version', 'created_at', 'page_type',
    'click_url_template', 'page_number',
    { raw: 'page_views', dataset: 'daily_report', siblings: ['day', 'page', 'visits'] },
    { raw: 'referrer', dataset: 'campaign_stats', siblings: ['campaign', 'sessions_count'] },
    // Elsewhere a bare page is a page number or a document's page, a screen a UI's.
    { raw: 'page', dataset: 'signature_fields', siblings: ['recipient_id', 'document_id'] },
    { raw: 'pages', dataset: 'channels', siblings: ['account_id', 'user_id'] },
    { raw: 'screen', dataset: 'user_settings', siblings: ['user_id'] },
  ],
});
