// Registry of value detectors: every one listed explicitly, sorted by id (STYLE.md guideline 1).
import type { ValueDetector } from '../../model/index.js';
import adClickId from './ad-click-id.js';
import advertisingId from './advertising-id.js';
import apiKey from './api-key.js';
import arCuit from './ar-cuit.js';
import auTfn from './au-tfn.js';
import beRijksregisternummer from './be-rijksregisternummer.js';
import bgEgn from './bg-egn.js';
import bloodGroup from './blood-group.js';
import brCpf from './br-cpf.js';
import caSin from './ca-sin.js';
import cardInText from './card-in-text.js';
import cardNumber from './card-number.js';
import clRut from './cl-rut.js';
import cnResidentId from './cn-resident-id.js';
import cookieId from './cookie-id.js';
import coordinateDecimal from './coordinate-decimal.js';
import coordinates from './coordinates.js';
import czRodneCislo from './cz-rodne-cislo.js';
import dateOfBirth from './date-of-birth.js';
import deSteuerId from './de-steuer-id.js';
import deviceId from './device-id.js';
import drugStrength from './drug-strength.js';
import eeLtPersonalCode from './ee-lt-personal-code.js';
import emailInText from './email-in-text.js';
import email from './email.js';
import esDni from './es-dni.js';
import esNie from './es-nie.js';
import ethnicity from './ethnicity.js';
import fiHetu from './fi-hetu.js';
import frNir from './fr-nir.js';
import gaClientId from './ga-client-id.js';
import gender from './gender.js';
import genotype from './genotype.js';
import hrOib from './hr-oib.js';
import iban from './iban.js';
import icd10Category from './icd10-category.js';
import icd10Code from './icd10-code.js';
import inAadhaar from './in-aadhaar.js';
import ipv4 from './ipv4.js';
import ipv6 from './ipv6.js';
import isKennitala from './is-kennitala.js';
import itCodiceFiscale from './it-codice-fiscale.js';
import jwt from './jwt.js';
import krRrn from './kr-rrn.js';
import loincCode from './loinc-code.js';
import macAddress from './mac-address.js';
import mxCurp from './mx-curp.js';
import nameDictionary from './name-dictionary.js';
import nlBsn from './nl-bsn.js';
import noFodselsnummer from './no-fodselsnummer.js';
import passportMrz from './passport-mrz.js';
import passwordHash from './password-hash.js';
import personName from './person-name.js';
import phoneInText from './phone-in-text.js';
import phone from './phone.js';
import plPesel from './pl-pesel.js';
import politicalParty from './political-party.js';
import postalCode5 from './postal-code-5.js';
import privateKey from './private-key.js';
import ptNif from './pt-nif.js';
import religion from './religion.js';
import roCnp from './ro-cnp.js';
import sePersonnummer from './se-personnummer.js';
import sexualOrientation from './sexual-orientation.js';
import sgNric from './sg-nric.js';
import snomedCtId from './snomed-ct-id.js';
import snomedDescription from './snomed-description.js';
import socialHandle from './social-handle.js';
import tcfConsentString from './tcf-consent-string.js';
import tradeUnion from './trade-union.js';
import trTcKimlik from './tr-tc-kimlik.js';
import ukNhsNumber from './uk-nhs-number.js';
import ukNino from './uk-nino.js';
import ukPostcode from './uk-postcode.js';
import usSsnBare from './us-ssn-bare.js';
import usSsn from './us-ssn.js';
import usZip4 from './us-zip4.js';
import userAgent from './user-agent.js';
import zaIdNumber from './za-id-number.js';

export const valueDetectors: readonly ValueDetector[] = [
  adClickId,
  advertisingId,
  apiKey,
  arCuit,
  auTfn,
  beRijksregisternummer,
  bgEgn,
  bloodGroup,
  brCpf,
  caSin,
  cardInText,
  cardNumber,
  clRut,
  cnResidentId,
  cookieId,
  coordinateDecimal,
  coordinates,
  czRodneCislo,
  dateOfBirth,
  deSteuerId,
  deviceId,
  drugStrength,
  eeLtPersonalCode,
  email,
  emailInText,
  esDni,
  esNie,
  ethnicity,
  fiHetu,
  frNir,
  gaClientId,
  gender,
  genotype,
  hrOib,
  iban,
  icd10Category,
  icd10Code,
  inAadhaar,
  ipv4,
  ipv6,
  isKennitala,
  itCodiceFiscale,
  jwt,
  krRrn,
  loincCode,
  macAddress,
  mxCurp,
  nameDictionary,
  nlBsn,
  noFodselsnummer,
  passportMrz,
  passwordHash,
  personName,
  phone,
  phoneInText,
  plPesel,
  politicalParty,
  postalCode5,
  privateKey,
  ptNif,
  religion,
  roCnp,
  sePersonnummer,
  sexualOrientation,
  sgNric,
  snomedCtId,
  snomedDescription,
  socialHandle,
  tcfConsentString,
  trTcKimlik,
  tradeUnion,
  ukNhsNumber,
  ukNino,
  ukPostcode,
  usSsn,
  usSsnBare,
  usZip4,
  userAgent,
  zaIdNumber,
];
