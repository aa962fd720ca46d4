// Table tests for preference-name: declared preferences, interests, sizes, survey answers and
// communication preferences in seven languages; schemas, interest rates and update times are not.
import detector from '../../../src/detectors/name/preference-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'behavior.preference' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'preferences', 'customer_preferences', 'communication_preferences', 'preferred_language', 'preferred_channel',
    'interests', 'favourite_brand', 'favoriteColor', 'shoe_size', 'clothing_size', 'survey_answers', 'wishlist',
    'email_frequency', 'Interessen', 'bevorzugte_Sprache', 'Schuhgröße', 'centres_d_interet', 'langue_preferee',
    'pointure', 'intereses', 'idioma_preferido', 'interessi', 'lingua_preferita', 'voorkeuren', 'schoenmaat',
    'interesses', 'preferencias',
    { raw: 'interests', dataset: 'members', siblings: ['member_id'] },
    // A person's tastes on a profile, in the lexicon languages.
    { raw: 'music', dataset: 'profile' }, { raw: 'film', dataset: 'user_profiles' }, { raw: 'interest', dataset: 'members' },
    { raw: 'Hobbys', dataset: 'Mitglieder' }, { raw: 'libros', dataset: 'usuarios' },
  ].map((name) => ({ name, category })),
  invalid: [
    'product_preferences_schema', 'preferences_updated_at', 'interest_rate', 'accrued_interest', 'preference_id',
    'is_favorite', 'favorite_count', 'preference_template', 'default_preferences',
    { raw: 'preferred_language', dataset: 'stores', siblings: ['store_id', 'city'] },
    // A medium's name is a shop's or a catalogue's, and only a bare one is a taste.
    { raw: 'music', dataset: 'products' }, { raw: 'books', dataset: 'categories' }, 'film', { raw: 'book_id', dataset: 'users' },
    { raw: 'tv_channel', dataset: 'customers' }, { raw: 'interest', dataset: 'loans' },
  ],
});
