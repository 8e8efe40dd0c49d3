import { describe, expect, it } from 'vitest';
import { normaliseLeadInput } from '../model/normaliseLeadInput';
import { parseContactCard } from './parseContactCard';

const crlf = (lines: string[]): string => lines.join('\r\n');

describe('parseContactCard — vCard 3.0', () => {
  const card = crlf([
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:Al-Mansouri;Ahmed;;Eng.;',
    'FN:Ahmed Al-Mansouri',
    'ORG:Gulf Power LLC;Procurement;Electrical',
    'TITLE:Procurement Manager',
    'EMAIL;TYPE=INTERNET,HOME:ahmed.home@gmail.com',
    'EMAIL;TYPE=INTERNET,WORK:ahmed@gulfpower.ae',
    'TEL;TYPE=FAX:+971 4 111 2222',
    'TEL;TYPE=CELL:+971 50 123 4567',
    'TEL;TYPE=WORK,VOICE:+971 4 123 4567',
    'ADR;TYPE=WORK:;;Sheikh Zayed Road\\, Tower 2;Dubai;;;United Arab Emirates',
    'URL:https\\://www.gulfpower.ae',
    'NOTE:Met at ADIPEC\\nInterested in transformers\\, 33kV',
    'CATEGORIES:ADIPEC,VIP',
    'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
    'END:VCARD',
  ]);

  it('reads every capture field', () => {
    const result = parseContactCard(card);
    expect(result).toEqual({
      ok: true,
      format: 'vcard',
      cardCount: 1,
      fields: {
        name: 'Ahmed Al-Mansouri',
        email: 'ahmed@gulfpower.ae',
        phone: '+971 4 123 4567',
        companyName: 'Gulf Power LLC',
        jobTitle: 'Procurement Manager',
        department: 'Procurement, Electrical',
        country: 'AE',
        website: 'https://www.gulfpower.ae',
        industry: '',
        tags: 'ADIPEC, VIP',
        notes: 'Met at ADIPEC\nInterested in transformers, 33kV',
      },
      otherEmails: ['ahmed.home@gmail.com'],
      otherPhones: ['+971 50 123 4567', '+971 4 111 2222'],
    });
  });

  it('feeds normaliseLeadInput', () => {
    const result = parseContactCard(card);
    if (!result.ok) throw new Error(result.error);
    const clean = normaliseLeadInput(result.fields);
    expect(clean).toMatchObject({ ok: true, value: { lead: { phone: '+97141234567', country: 'AE', company: { website: 'https://www.gulfpower.ae' } } } });
  });
});

describe('parseContactCard — vCard 2.1', () => {
  it('decodes quoted-printable with soft line breaks and bare parameters', () => {
    const card = crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Garc=C3=ADa;Jos=C3=A9;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 Garc=C3=ADa Fern=C3=A1n=',
      'dez',
      'TEL;CELL:+34 612 345 678',
      'TEL;WORK;PREF:+34 912 345 678',
      'EMAIL;INTERNET:jose@iberenergia.es',
      'ORG:Iberenerg=C3=ADa',
      'NOTE;QUOTED-PRINTABLE:Solar =E2=80=93 100 MW',
      'ADR;WORK:;;Calle Mayor 1;Madrid;;28013;Spain',
      'END:VCARD',
    ]);
    const result = parseContactCard(card);
    expect(result).toMatchObject({
      ok: true,
      fields: {
        name: 'José García Fernández',
        phone: '+34 912 345 678',
        email: 'jose@iberenergia.es',
        // Not marked quoted-printable, so taken literally.
        companyName: 'Iberenerg=C3=ADa',
        notes: 'Solar – 100 MW',
        country: 'ES',
      },
      otherPhones: ['+34 612 345 678'],
    });
  });

  it('keeps the space of a folded 2.1 line', () => {
    const card = ['BEGIN:VCARD', 'VERSION:2.1', 'FN:Jan', ' van der Berg', 'END:VCARD'].join('\n');
    expect(parseContactCard(card)).toMatchObject({ ok: true, fields: { name: 'Jan van der Berg' } });
  });

  it('decodes Latin-1 cards', () => {
    const card = ['BEGIN:VCARD', 'VERSION:2.1', 'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller', 'END:VCARD'].join('\r\n');
    expect(parseContactCard(card)).toMatchObject({ ok: true, fields: { name: 'Jürgen Müller' } });
  });
});

describe('parseContactCard — vCard 4.0', () => {
  it('unfolds lines, reads PREF ranks, tel: URIs and grouped properties', () => {
    const card = crlf([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Dr. Li W',
      ' ei',
      'N:Li;Wei;;Dr.;',
      'EMAIL;TYPE=work;PREF=2:li.wei@sinopower.cn',
      'EMAIL;PREF=1:wei@sinopower.cn',
      'item1.TEL;VALUE=uri;TYPE="voice,work":tel:+86-10-5555-1234;ext=88',
      'item1.X-ABLabel:Office',
      'ORG:Sino Power Co.\\, Ltd.',
      'TITLE:Chief Engineer',
      'ADR;TYPE=work;LABEL="Beijing; China":;;1 Chang\'an Ave;Beijing;;;China',
      'END:VCARD',
    ]);
    expect(parseContactCard(card)).toEqual({
      ok: true,
      format: 'vcard',
      cardCount: 1,
      fields: expect.objectContaining({
        name: 'Dr. Li Wei',
        email: 'wei@sinopower.cn',
        phone: '+86-10-5555-1234 ext 88',
        companyName: 'Sino Power Co., Ltd.',
        jobTitle: 'Chief Engineer',
        country: 'CN',
      }),
      otherEmails: ['li.wei@sinopower.cn'],
      otherPhones: [],
    });
  });

  it('composes the name from N when there is no FN, and uses ROLE without TITLE', () => {
    const card = ['BEGIN:VCARD', 'VERSION:4.0', 'N:Okafor;Chinedu;Emeka;;', 'ROLE:Buyer', 'END:VCARD'].join('\n');
    expect(parseContactCard(card)).toMatchObject({ ok: true, fields: { name: 'Chinedu Emeka Okafor', jobTitle: 'Buyer' } });
  });

  it('keeps an unrecognised address country as written', () => {
    const card = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:A', 'ADR:;;;;;;Atlantis', 'END:VCARD'].join('\n');
    expect(parseContactCard(card)).toMatchObject({ ok: true, fields: { country: 'Atlantis' } });
  });

  it('reads only the first of several cards and says how many there were', () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:First', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Second', 'END:VCARD'].join('\n');
    expect(parseContactCard(card)).toMatchObject({ ok: true, cardCount: 2, fields: { name: 'First' } });
  });

  it('tolerates a missing END and a byte-order mark', () => {
    expect(parseContactCard('\uFEFFBEGIN:VCARD\nVERSION:3.0\nFN:Open Ended')).toMatchObject({ ok: true, fields: { name: 'Open Ended' } });
  });

  it('refuses a card with nothing to capture', () => {
    expect(parseContactCard('BEGIN:VCARD\nVERSION:3.0\nTITLE:Engineer\nEND:VCARD')).toEqual({
      ok: false,
      error: 'The card has no name, email, phone or company to capture.',
    });
  });

  it('drops repeated emails, whatever their case', () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:A', 'EMAIL:a@x.com', 'EMAIL:A@X.com', 'EMAIL:b@x.com', 'END:VCARD'].join('\n');
    expect(parseContactCard(card)).toMatchObject({ ok: true, fields: { email: 'a@x.com' }, otherEmails: ['b@x.com'] });
  });
});

describe('parseContactCard — MECARD', () => {
  it('reads a badge QR code', () => {
    const result = parseContactCard('MECARD:N:Doe,John;TEL:+12125550142;TEL:+12125550143;EMAIL:john@acme.com;ORG:Acme\\; Sons;TITLE:Buyer;URL:https://acme.com;NOTE:Booth 4\\:12;ADR:,,1 Main St,Houston,TX,77002,USA;;');
    expect(result).toEqual({
      ok: true,
      format: 'mecard',
      cardCount: 1,
      fields: {
        name: 'John Doe',
        email: 'john@acme.com',
        phone: '+12125550142',
        companyName: 'Acme; Sons',
        jobTitle: 'Buyer',
        department: '',
        country: 'US',
        website: 'https://acme.com',
        industry: '',
        tags: '',
        notes: 'Booth 4:12',
      },
      otherEmails: [],
      otherPhones: ['+12125550143'],
    });
  });

  it('accepts a name without a comma, lower-case prefix and escaped commas', () => {
    expect(parseContactCard('mecard:N:Wang Wei;ORG:Power\\, Inc.;;')).toMatchObject({
      ok: true,
      fields: { name: 'Wang Wei', companyName: 'Power, Inc.' },
    });
  });

  it('uses a free-text address only when its end is a country', () => {
    expect(parseContactCard('MECARD:N:A;ADR:Expo Centre, Sharjah, UAE;;')).toMatchObject({ ok: true, fields: { country: 'AE' } });
    expect(parseContactCard('MECARD:N:A;ADR:Expo Centre Hall 5;;')).toMatchObject({ ok: true, fields: { country: '' } });
  });

  it('refuses an empty MECARD', () => {
    expect(parseContactCard('MECARD:;;').ok).toBe(false);
    expect(parseContactCard('MECARD:SOUND:abc;;').ok).toBe(false);
  });
});

describe('parseContactCard — other text', () => {
  it.each(['', 'John Doe, +971 50 123 4567', 'BEGIN:VCALENDAR\nEND:VCALENDAR', 'https://example.com', 'MATMSG:TO:a@b.c;;'])(
    'says %j is not a card',
    (text) => {
      expect(parseContactCard(text)).toEqual({
        ok: false,
        error: 'This is not a vCard or MECARD. Paste the text of a contact card: it starts with BEGIN:VCARD or MECARD:.',
      });
    },
  );
});
