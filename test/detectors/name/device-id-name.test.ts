// Table tests for the device-id-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/device-id-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'online.device_id' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'device_id', 'deviceId', 'idfa', 'IDFA', 'gaid', 'advertising_id', 'android_id', 'imei', 'IMEI', 'udid',
    'push_token', 'Geräte-ID', 'Gerätekennung', 'identifiant_de_l_appareil', 'id_appareil', 'id_de_dispositivo',
    'id_dispositivo', 'apparaat_id', 'id_do_dispositivo',
  ].map((name) => ({ name, category })),
  invalid: [
    'device_type', 'device_name', 'device_model', 'device_os', 'device_count', 'has_device_id', 'device',
    'devices', 'id',
  ],
});
