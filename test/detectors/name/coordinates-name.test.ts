// Table tests for the coordinates-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/coordinates-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'location.coordinates' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'lat', 'lon', 'lng', 'latitude', 'longitude', 'coordinates', 'coords', 'gps', 'geolocation', 'geo_point',
    'latLng', 'LAT', 'LON', 'Breitengrad', 'Längengrad', 'Koordinaten', 'coordonnees_gps', 'latitud', 'longitud',
    'coordenadas', 'latitudine', 'longitudine', 'coordinate', 'breedtegraad', 'lengtegraad', 'coördinaten',
    'geoip.location', 'location', 'Standort', 'ubicacion', 'posizione', 'locatie', 'localizacao',
    // Positions encoded as three words or short codes.
    'w3w', 'what3words', 'geohash', 'plus_code',
  ].map((name) => ({ name, category })),
  invalid: [
    'location_id', 'location_name', 'location_type', 'gps_enabled', 'has_location', 'location_accuracy',
    'latency', 'along', 'longest', 'long_description', 'lateral', 'lat_accuracy', 'location_permission',
  ],
});
