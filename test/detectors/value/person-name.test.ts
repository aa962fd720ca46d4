// Tests for the person-name value detector: honorifics, "Surname, Given", given-name-first
// names in seven languages, and product, place and company look-alikes.
import detector from '../../../src/detectors/value/person-name.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const category = 'person.name' as const;

testValueDetector(detector, {
  valid: [
    'Braund, Mr. Owen Harris', 'Cumings, Mrs. John Bradley (Florence Briggs Thayer)', 'Heikkinen, Miss. Laina',
    'Palsson, Master. Gosta Leonard', 'Anna Müller', 'Dr Hans Schmidt', 'Frau Sabine Meyer', 'Mme Camille Dubois',
    'M. Jean Dupont', 'Sra. Lucía Fernández', 'Sig.ra Giulia Rossi', 'Dhr. Kees de Vries', 'Pieter van der Berg',
    'Müller, Anna', 'García López, José', 'João Silva', 'Eddie Underwood', 'Eddie', 'JOHN SMITH',
  ].map((value) => ({ value, category })),
  invalid: [
    'Acme GmbH', 'Berlin', 'iPhone 12 Pro', 'Blue T-Shirt', 'Anna Street', 'Paul Smith Ltd', 'Kuhn, Stiedemann and Hills',
    'Ergonomic Granite Chair', 'North Eddie', 'eddie', 'Ludivina884 Steuber698', 'Mr', 'M Smith', 'New York, NY',
    'Senior Data Engineer', 'Martin Luther King Street', 'anna@example.com',
  ],
});
