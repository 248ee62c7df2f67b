// Long organization names that used to be cut at "and"/"of"/"at"/"'s", units named with their parent,
// and phrases that are not organizations (instruments, ministry portfolios inside job titles).
import { describe, expect, it } from 'vitest';
import { extractMd } from './helpers.js';

const names = (x: { organizations: Array<{ name: string }> }) => x.organizations.map((o) => o.name);
const find = (x: { organizations: Array<{ name: string; acronym: string | null; aliases: string[]; parent: string | null }> }, n: string) => {
  const o = x.organizations.find((q) => q.name === n || q.acronym === n || q.aliases.includes(n));
  if (!o) throw new Error(`no organization "${n}" in [${names(x).join('; ')}]`);
  return o;
};

describe('long organization names', () => {
  it('splits "X\'s Y" into two bodies, X the parent', async () => {
    const x = await extractMd('The Republic of Eastland Department of Trade\'s Bureau of Fair Labour Practices funded the survey.\n');
    expect(find(x, 'Bureau of Fair Labour Practices').parent).toBe('Republic of Eastland Department of Trade');
    expect(names(x)).not.toContain('Republic of Eastland Department');
  });

  it('keeps "at" inside a name before its head word, and an office at a place', async () => {
    const x = await extractMd('The Equal Opportunities and Safety at Work Branch of the ILO and the United Nations Office at Nairobi met. The United Nations agreed.\n');
    expect(find(x, 'Equal Opportunities and Safety at Work Branch').parent).toBe('International Labour Organization');
    expect(find(x, 'United Nations Office at Nairobi').parent).toBe('United Nations');
    const y = await extractMd('The Expert Meeting at Harbour Conference Centre opened.\n');
    expect(names(y).some((n) => n.includes(' at '))).toBe(false);
  });

  it('takes a comma list of single words into a programme name', async () => {
    const x = await extractMd('Funded under the Justice, Mobility, Rights and Values Programme of the European Union.\n');
    expect(names(x)).toContain('Justice, Mobility, Rights and Values Programme');
  });

  it('names a unit "X Office of the Y" by its own name, the long form an alias, the body its parent', async () => {
    const x = await extractMd('- Dr. Lea Holm, Translation Office of the European Union\n');
    const o = find(x, 'Translation Office');
    expect(o.parent).toBe('European Union');
    expect(o.aliases).toContain('Translation Office of the European Union');
    expect(find(x, 'European Union').aliases).not.toContain('Office of the European Union');
  });

  it('keeps an acronym-led unit whole ("ACR Office of Research"), with the acronym\'s body as parent', async () => {
    const x = await extractMd('- Mr. Jo Lim, UNICEF Office of Evaluation\n');
    expect(find(x, 'UNICEF Office of Evaluation').parent).toBe("United Nations Children's Fund");
    expect(names(x)).not.toContain('UNICEF Office');
  });

  it('does not take a ministry portfolio in a job title or an instrument for an organization', async () => {
    const x = await extractMd('- Mr. Bo Kern, Vice Minister of Manpower, Indonesia\n\nThe meeting was held under the Chatham House Rule and the Council of Europe Convention on Action against Trafficking in Human Beings.\n');
    expect(names(x)).not.toContain('Manpower');
    expect(names(x)).not.toContain('Chatham House');
    expect(names(x).some((n) => /Convention/.test(n))).toBe(false);
  });
});

describe('parents and name tails', () => {
  it('does not make a body the parent of its own regional branch', async () => {
    const x = await extractMd('- Ms. A Bee, Harbour Workers Network\n- Ms. C Dee, Harbour Workers Network Europe\n');
    expect(find(x, 'Harbour Workers Network Europe').parent).toBeNull();
  });

  it('keeps a proper word after a dash in an office name ("Office of Research – Name")', async () => {
    const x = await extractMd('A study by the UNICEF Office of Evaluation – Meridian, in 2020.\n');
    expect(find(x, 'UNICEF Office of Evaluation – Meridian').parent).toBe("United Nations Children's Fund");
  });
});

describe('missions, lists after a possessive, possessive units in descriptor lists', () => {
  it('names a permanent mission with where it is accredited, the short form an alias', async () => {
    const x = await extractMd('Welcome Permanent Mission of Chile to the United Nations Office at Geneva, with Terra Viva and the Permanent Mission of Fiji to the United Nations in Vienna.\n');
    expect(find(x, 'Permanent Mission of Chile to the United Nations Office at Geneva').aliases).toContain('Permanent Mission of Chile');
    expect(find(x, 'Permanent Mission of Fiji to the United Nations in Vienna')).toBeDefined();
    expect(names(x).some((n) => /^Welcome|^Terra Viva and/.test(n))).toBe(false);
  });

  it('takes a comma list after a possessive into the programme name', async () => {
    const x = await extractMd("Funded by the European Union's Justice, Mobility, Rights and Values Programme (JMRV).\n");
    expect(names(x)).toContain('Justice, Mobility, Rights and Values Programme');
  });

  it('splits "X\'s Y" in a speaker descriptor too', async () => {
    const x = await extractMd("| Keynote | Deputy Under Secretary Alma Brandt, Republic of Eastland Department of Trade's Bureau of Fair Labour Practices |\n|---|---|\n");
    expect(find(x, 'Bureau of Fair Labour Practices').parent).toBe('Republic of Eastland Department of Trade');
    expect(names(x).some((n) => /Trade's/.test(n))).toBe(false);
  });
});

describe('comma lists in a complement', () => {
  it('keeps "Committee on A, B and C" whole and splits off a possessive parent a few words before the head', async () => {
    const x = await extractMd("The Eastland Parliament's Joint Select Committee on Fisheries, Shipping and Trade reported. The Ministry of Labour, Serbia and Montenegro met.\n");
    expect(find(x, 'Joint Select Committee on Fisheries, Shipping and Trade').parent).toBe('Eastland Parliament');
    expect(names(x)).toContain('Ministry of Labour');
  });
});

describe('job titles, missions to a country, acronyms in parentheses', () => {
  it('reads "Head of Unit for X" as a job title, "ACR Mission to Country" whole, "Body (ACR) Unit" as the acronym-led unit', async () => {
    const x = await extractMd([
      '- Mr. Goran Ilic, Head of Unit for Seasonal Migration, Border Police Directorate',
      '- Dr. Mira Horvat, Senior Adviser, OSCE Mission to Montenegro', '',
      'On behalf of the International Labour Organization (ILO) Regional Office for the Pacific Islands we write. Hosted by the Office of Congresswoman Jane Roe (D-OR).', '',
    ].join('\n'));
    expect(names(x).some((n) => n.startsWith('Unit for'))).toBe(false);
    expect(find(x, 'OSCE Mission to Montenegro').parent).toBe('Organization for Security and Co-operation in Europe');
    expect(names(x)).not.toContain('OSCE Mission');
    expect(find(x, 'ILO Regional Office for the Pacific Islands').parent).toBe('International Labour Organization');
    expect(names(x)).not.toContain('Regional Office for the Pacific Islands');
    expect(x.organizations.some((o) => o.acronym === 'D-OR' || o.name === 'D-OR')).toBe(false);
  });
});

describe('acronyms whose head word moved to the end, titles before long names', () => {
  it('defines "Bureau of X Y Z (XYZB)" with the bureau, and keeps "Director of the A and B at Work Branch" whole', async () => {
    const x = await extractMd('The Bureau of International Fisheries Affairs (IFAB) and the Office for Global Trade (OGT) met. Remarks by Ms. Ana Lind, Director of the Equal Opportunities and Safety at Work Branch, and by the Ocean Centre for Policy Research and the Harbour Initiative.\n');
    expect(find(x, 'IFAB').name).toBe('Bureau of International Fisheries Affairs');
    expect(names(x)).toContain('Equal Opportunities and Safety at Work Branch');
    expect(names(x)).not.toContain('Work Branch');
    expect(names(x)).toContain('Ocean Centre for Policy Research');
  });
});

describe('offices of posts, labels and departments in job titles', () => {
  it('resolves "Office of the OSCE Special Representative ..." to the office, and keeps labels and portfolios out', async () => {
    const x = await extractMd([
      '**Venue:** Harbour Palace, Brussels', '',
      '- Ms. Vera Rossi, Deputy Co-ordinator, Office of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
      '- Mr. Ravi Chand, Head of Sustainability, Northwind Retail Group', '',
    ].join('\n'));
    const o = find(x, 'Office of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings');
    expect(o.parent).toBe('Organization for Security and Co-operation in Europe');
    expect(find(x, 'OSCE').aliases).not.toContain('Office of the OSCE');
    expect(names(x)).not.toContain('Venue');
    expect(names(x)).not.toContain('Sustainability');
  });
});

describe('a programme followed by its body in a descriptor', () => {
  it('gives "Programme X, ACR" the body as parent, like "Section Y, ACR"', async () => {
    const x = await extractMd('- Ms. Kim Lee, Global Programme against Maritime Fraud, UNODC\n- Ms. Ada Fox, Smuggling of Goods Section, UNODC\n');
    expect(find(x, 'Global Programme against Maritime Fraud').parent).toBe('United Nations Office on Drugs and Crime');
    expect(find(x, 'Smuggling of Goods Section').parent).toBe('United Nations Office on Drugs and Crime');
  });
});

describe('a mission with its seat in parentheses', () => {
  it('keeps "Mission ... (City)" as an alias of the mission', async () => {
    const x = await extractMd('- Ms. Ana Cruz, Counsellor, Permanent Mission of Fiji to the United Nations (Vienna)\n\nThe event was co-hosted with the Permanent Mission of Fiji to the United Nations (Vienna).\n');
    expect(find(x, 'Permanent Mission of Fiji to the United Nations').aliases).toContain('Permanent Mission of Fiji to the United Nations (Vienna)');
  });
});

describe('initiatives hosted by a body', () => {
  it('gives "the X (ACR) initiative at the Y" the parent Y', async () => {
    const x = await extractMd('Convened by the Harbour Finance Against Fraud Network (HFAF) initiative at the Ocean Centre for Policy Research.\n');
    expect(find(x, 'HFAF').parent).toBe('Ocean Centre for Policy Research');
  });
});
