// Registry of name detectors: every one listed explicitly, sorted by id (STYLE.md guideline 1).
import type { NameDetector } from '../../model/index.js';
import addressName from './address-name.js';
import advertisingIdName from './advertising-id-name.js';
import ageName from './age-name.js';
import bankAccountName from './bank-account-name.js';
import biometricName from './biometric-name.js';
import browsingName from './browsing-name.js';
import cardCvvName from './card-cvv-name.js';
import cardNumberName from './card-number-name.js';
import clinicalContextName from './clinical-context-name.js';
import consentRecordName from './consent-record-name.js';
import consentTableName from './consent-table-name.js';
import cookieIdName from './cookie-id-name.js';
import coordinatesName from './coordinates-name.js';
import criminalRecordName from './criminal-record-name.js';
import dateOfBirthName from './date-of-birth-name.js';
import deviceIdName from './device-id-name.js';
import driversLicenseName from './drivers-license-name.js';
import emailName from './email-name.js';
import ethnicityName from './ethnicity-name.js';
import genderName from './gender-name.js';
import geneticName from './genetic-name.js';
import healthName from './health-name.js';
import ibanName from './iban-name.js';
import ipAddressName from './ip-address-name.js';
import macAddressName from './mac-address-name.js';
import nationalIdName from './national-id-name.js';
import passportName from './passport-name.js';
import passwordName from './password-name.js';
import personNameName from './person-name-name.js';
import phoneName from './phone-name.js';
import politicalName from './political-name.js';
import postalCodeName from './postal-code-name.js';
import preferenceName from './preference-name.js';
import profileName from './profile-name.js';
import purchaseName from './purchase-name.js';
import religionName from './religion-name.js';
import secretName from './secret-name.js';
import secretTableName from './secret-table-name.js';
import sexualOrientationName from './sexual-orientation-name.js';
import ssnName from './ssn-name.js';
import taxIdName from './tax-id-name.js';
import tradeUnionName from './trade-union-name.js';
import userAgentName from './user-agent-name.js';
import usernameName from './username-name.js';

export const nameDetectors: readonly NameDetector[] = [
  addressName,
  advertisingIdName,
  ageName,
  bankAccountName,
  biometricName,
  browsingName,
  cardCvvName,
  cardNumberName,
  clinicalContextName,
  consentRecordName,
  consentTableName,
  cookieIdName,
  coordinatesName,
  criminalRecordName,
  dateOfBirthName,
  deviceIdName,
  driversLicenseName,
  emailName,
  ethnicityName,
  genderName,
  geneticName,
  healthName,
  ibanName,
  ipAddressName,
  macAddressName,
  nationalIdName,
  passportName,
  passwordName,
  personNameName,
  phoneName,
  politicalName,
  postalCodeName,
  preferenceName,
  profileName,
  purchaseName,
  religionName,
  secretName,
  secretTableName,
  sexualOrientationName,
  ssnName,
  taxIdName,
  tradeUnionName,
  userAgentName,
  usernameName,
];
