// Tests for the user agent value detector.
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/user-agent.js';

testValueDetector(detector, {
  valid: [
    { value: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', category: 'online.user_agent' },
    { value: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1', category: 'online.user_agent' },
    { value: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', category: 'online.user_agent' },
    { value: 'Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)', category: 'online.user_agent' },
  ],
  invalid: ['Mozilla/5.0', 'Mozilla Firefox', 'curl/8.4.0', 'Mozilla/5.0 (Unknown thing)', 'Samsung Galaxy S23 (Android)', 'Mozilla/5.0 (Windows NT 10.0'],
});
