// The controlled topic vocabulary for policy documents on security, human rights and trafficking.
// Each topic has a normalised label and the surface forms (synonyms, acronyms, inflections) that count
// as a mention of it. Patterns are matched case-insensitively on word boundaries, except acronyms
// (written in capitals here), which match case-sensitively.

export interface TopicDef {
  label: string;
  terms: string[];
}

export const TOPIC_VOCABULARY: TopicDef[] = [
  { label: 'human trafficking', terms: ['human trafficking', 'trafficking in human beings', 'trafficking in persons', 'anti-trafficking', 'THB', 'CTHB', 'TIP', 'traffickers', 'trafficked'] },
  { label: 'sexual exploitation', terms: ['sexual exploitation', 'sex trafficking', 'forced prostitution'] },
  { label: 'labour exploitation', terms: ['labour exploitation', 'labor exploitation', 'forced labour', 'forced labor', 'modern slavery', 'slavery', 'servitude', 'debt bondage'] },
  { label: 'online child sexual exploitation', terms: ['online child sexual exploitation', 'child sexual abuse material', 'child sexual exploitation material', 'online child sexual abuse', 'CSAM', 'grooming'] },
  { label: 'child protection', terms: ['child protection', 'children', 'unaccompanied minors', 'child trafficking'] },
  { label: 'migration', terms: ['migration', 'migrants', 'migrant', 'asylum', 'refugees', 'refugee', 'smuggling of migrants', 'migrant smuggling', 'displacement'] },
  { label: 'gender', terms: ['gender', 'gender-sensitive', 'gender equality', 'women and girls', 'gender inequality', 'gender-based violence', 'GBV'] },
  { label: 'domestic violence', terms: ['domestic violence', 'intimate partner violence', 'violence against women'] },
  { label: 'policing', terms: ['policing', 'police', 'law enforcement'] },
  { label: 'community policing', terms: ['community policing', 'community-oriented policing'] },
  { label: 'prosecution', terms: ['prosecution', 'prosecuting', 'prosecutors', 'impunity', 'criminal justice', 'investigation', 'investigations'] },
  { label: 'victim protection', terms: ['victim protection', 'protection of victims', 'victim-centred', 'victim-centered', 'victims of trafficking', 'VoTs', 'VoT', 'survivors', 'national referral mechanisms', 'NRMs', 'NRM', 'trauma-informed'] },
  { label: 'national minorities', terms: ['national minorities', 'minority', 'minorities', 'multi-ethnic'] },
  { label: 'border regions', terms: ['border regions', 'border communities', 'cross-border', 'border management', 'border security'] },
  { label: 'cybercrime', terms: ['cybercrime', 'cyber crime', 'cybersecurity', 'online', 'internet', 'digital', 'technology'] },
  { label: 'corruption', terms: ['corruption', 'anti-corruption', 'bribery', 'money laundering', 'illicit financial flows'] },
  { label: 'organized crime', terms: ['organized crime', 'organised crime', 'criminal groups', 'criminal organizations', 'criminal networks', 'transnational threats'] },
  { label: 'terrorism', terms: ['terrorism', 'violent extremism', 'radicalization', 'radicalisation', 'counter-terrorism'] },
  { label: 'human rights', terms: ['human rights', 'human rights-based', 'fundamental rights', 'rule of law'] },
  { label: 'COVID-19', terms: ['COVID-19', 'COVID', 'coronavirus', 'pandemic'] },
  { label: 'democratic institutions', terms: ['democratic institutions', 'elections', 'democratic governance', 'democratic policing'] },
  { label: 'media freedom', terms: ['media freedom', 'freedom of expression', 'journalists', 'freedom of the media'] },
  { label: 'supply chains', terms: ['supply chains', 'supply chain', 'due diligence', 'public procurement'] },
  { label: 'prevention', terms: ['prevention', 'prevent', 'awareness raising', 'awareness-raising'] },
];
