// Tests for the passport MRZ value detector, on the ICAO 9303 specimen (Anna Maria Eriksson).
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/passport-mrz.js';

const LINE_1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const LINE_2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

testValueDetector(detector, {
  valid: [
    { value: LINE_2, category: 'government.passport' },
    { value: LINE_1 + '\n' + LINE_2, category: 'government.passport' },
    { value: LINE_1 + '\r\n' + LINE_2, category: 'government.passport' },
  ],
  invalid: [
    'L898902C36UTO7408122F1204159ZE184226B<<<<<11', 'L898902C35UTO7408122F1204159ZE184226B<<<<<10',
    'L898902C36UTO7408123F1204159ZE184226B<<<<<10', LINE_1, LINE_1 + ' ' + LINE_2, 'A'.repeat(44),
  ],
});
