// General mechanisms found on sources no rule had seen (issue 21): titles in descriptions,
// numbered reference placeholders, links to profiles, mailing-address parts, person roles in a
// thing's table, Spanish name abbreviations, payment accounts. Inputs are made up.
import { describe, expect, it } from 'vitest';
import { titleLength } from '../../src/detectors/lexicon/match.js';
import { numberedSeries } from '../../src/detectors/value/social-handle.js';
import { categoriesOf } from './context-helpers.js';

describe('a short title before the description', () => {
  it('counts as a label of the field, not a word of prose', () => {
    expect(categoriesOf('pv', { comment: 'Forename — The forename(s) of the traveller' })).toEqual(['person.name']);
    expect(categoriesOf('q', { comment: 'Normalised surname: the traveller\'s surname, upper case' })).toEqual(['person.name']);
  });
  it('a word further into the prose still decides nothing', () => {
    expect(categoriesOf('pv', { comment: 'Code of the form the surname was taken from' })).toEqual([]);
    expect(categoriesOf('pv', { comment: 'How the record was filled — whether the forename was checked' })).toEqual([]);
  });
  it('titleLength reads only a short head before a dash or colon', () => {
    expect(titleLength('Surname — the surname')).toBe(1);
    expect(titleLength('Standardised given name: text')).toBe(3);
    expect(titleLength('A long sentence that is not a title at all — more')).toBe(0);
    expect(titleLength('No separator here')).toBe(0);
  });
});

describe('handles that are one stem with a counter', () => {
  it('are references to records, not handles', () => {
    expect(numberedSeries(['@PlotRef1', '@PlotRef2', '@PlotRef10'])).toBe(true);
    expect(categoriesOf('PlotRef', { values: ['@PlotRef1', '@PlotRef2', '@PlotRef3', '@PlotRef4'] })).toEqual([]);
  });
  it('people\'s handles differ in more than a counter', () => {
    expect(numberedSeries(['@ada_l', '@grace42', '@linus'])).toBe(false);
    expect(numberedSeries(['@ada1'])).toBe(false);
    expect(categoriesOf('handle_col', { values: ['@ada_l', '@grace42', '@linus', '@marie_c'] })).toEqual(['online.username']);
  });
});

describe('profile URLs in a link field', () => {
  const values = ['twitter.com/somebody', 'instagram.com/another.one', 'linkedin.com/in/third'];
  it('are where a text points, not the person\'s handle', () => {
    expect(categoriesOf('posts.links[].target_url', { values })).toEqual([]);
  });
  it('a link named for a profile is still the handle', () => {
    expect(categoriesOf('members.profile_url', { values })).toEqual(['online.username']);
    expect(categoriesOf('members.social[].url', { values })).toEqual(['online.username']);
  });
});

describe('mail beside a postal part', () => {
  it('is the post, not e-mail', () => {
    expect(categoriesOf('teacher_state_mail')).toEqual([]);
    expect(categoriesOf('mail_city')).not.toContain('contact.email');
  });
  it('mail alone is still an e-mail address', () => {
    expect(categoriesOf('teacher_mail')).toEqual(['contact.email']);
  });
});

describe('a person role in a thing\'s table', () => {
  it('keeps its login a person\'s', () => {
    expect(categoriesOf('uploader_login', { dataset: 'project' })).toEqual(['online.username']);
    expect(categoriesOf('login', { dataset: 'project' })).toEqual([]);
  });
});

describe('Spanish numbered name parts, written out or abbreviated', () => {
  it.each(['primer_nombre', 'segundo_nombre', 'pri_apell', 'segnom', 'primape'])('%s is a name', (field) => {
    expect(categoriesOf(field, { type: 'varchar(40)' })).toEqual(['person.name']);
  });
  it('a person\'s other names (plural) are names', () => {
    expect(categoriesOf('OtherNames', { type: 'varchar(100)' })).toEqual(['person.name']);
  });
});

describe('abbreviations of user name', () => {
  it('uname and usr_name are usernames; a system uname is not', () => {
    expect(categoriesOf('uname', { type: 'varchar(32)' })).toEqual(['online.username']);
    expect(categoriesOf('usr_name', { type: 'varchar(32)' })).toEqual(['online.username']);
    expect(categoriesOf('os_uname', { type: 'varchar(32)' })).toEqual([]);
  });
});

describe('a payment party\'s account', () => {
  it('its identification is the account number', () => {
    expect(categoriesOf('Transfer.CreditorAccount.Identification', { type: 'string' })).toEqual(['financial.bank_account']);
    expect(categoriesOf('Transfer.Settings.Identification', { type: 'string' })).toEqual([]);
  });
});

describe('other names', () => {
  it('of an organisation are not a person\'s', () => {
    expect(categoriesOf('organization.other_names[]', { type: 'string' })).toEqual([]);
    expect(categoriesOf('other_names[]', { dataset: 'organization', type: 'string' })).toEqual([]);
  });
});

describe('a bare name beside an e-mail address', () => {
  it('is a person\'s: things have no mailbox', () => {
    expect(categoriesOf('name', { dataset: 'signups', type: 'varchar(80)', siblings: ['id', 'name', 'email', 'created_at'] })).toEqual(['person.name']);
    expect(categoriesOf('entries[].name', { type: 'string', siblings: ['entries[].name', 'entries[].mail'] })).toEqual(['person.name']);
  });
  it('a key or setting of a mailbox, or an e-mail in another object, is no such evidence', () => {
    expect(categoriesOf('name', { dataset: 'signups', type: 'varchar(80)', siblings: ['name', 'email_account_id', 'email_quota'] })).toEqual([]);
    expect(categoriesOf('project.name', { type: 'string', siblings: ['project.name', 'owner.email'] })).toEqual([]);
  });
  it('a dataset about a thing still decides', () => {
    expect(categoriesOf('name', { dataset: 'suppliers', type: 'varchar(80)', siblings: ['name', 'email'] })).toEqual([]);
  });
});

describe('what a person holds or earns', () => {
  it('has a name of its own', () => {
    expect(categoriesOf('teacher_diploma_name', { dataset: 'teacher_diplomas', type: 'varchar(80)' })).toEqual([]);
    expect(categoriesOf('teacher_name', { dataset: 'lessons', type: 'varchar(80)' })).toEqual(['person.name']);
  });
});

describe('an audit or access log', () => {
  it('records who did what: its e-mail is that person\'s', () => {
    expect(categoriesOf('email', { dataset: 'order_audit_log', type: 'varchar(120)' })).toEqual(['contact.email']);
  });
  it('a server\'s own log is still no person\'s', () => {
    expect(categoriesOf('email', { dataset: 'server_log', type: 'varchar(120)' })).toEqual([]);
  });
});

describe('a coded gender', () => {
  it('gender_id in a person\'s row is that person\'s gender', () => {
    expect(categoriesOf('SexID', { dataset: 'staff', type: 'int' })).toEqual(['person.gender']);
  });
});

describe('a message\'s sender by name', () => {
  it.each(['from_name', 'senderName', 'reply_to_name'])('%s is a person\'s name', (field) => {
    expect(categoriesOf(field, { dataset: 'outbox', type: 'varchar(80)' })).toEqual(['person.name']);
  });
});

describe('the identifier a sign-in verification verifies', () => {
  it('is an address', () => {
    expect(categoriesOf('identifier', { dataset: 'MagicLinkVerification', type: 'String' })).toEqual(['contact.email']);
  });
  it('an identifier elsewhere is any key', () => {
    expect(categoriesOf('identifier', { dataset: 'motions', type: 'String' })).toEqual([]);
  });
});

describe('things that look like a person\'s', () => {
  it('a text annotation\'s entity name is a topic', () => {
    expect(categoriesOf('annotations[].entity.name', { type: 'string', siblings: ['annotations[].entity.name', 'annotations[].entity.email'] })).toEqual([]);
  });
  it('a payment route\'s address is where money goes', () => {
    expect(categoriesOf('address', { dataset: 'payout_routes', type: 'text' })).toEqual([]);
    expect(categoriesOf('address', { dataset: 'customers', type: 'text' })).toEqual(['contact.address']);
  });
});

describe('columns only an organisation has', () => {
  const siblings = ['id', 'title', 'industry', 'annual_revenue', 'phone', 'switchboard_ext'];
  it('make the rows organisations: their phone is the company\'s', () => {
    expect(categoriesOf('phone', { dataset: 'crm_account', type: 'varchar(30)', siblings })).toEqual([]);
  });
  it('a person named beside them keeps the contact data a person\'s (a lead)', () => {
    expect(categoriesOf('phone', { dataset: 'crm_lead', type: 'varchar(30)', siblings: [...siblings, 'first_name', 'last_name'] })).toEqual(['contact.phone']);
  });
});
