// Gazetteer of well-known international bodies in the security / human-rights / anti-trafficking field:
// UN agencies, OSCE institutions, EU agencies, Council of Europe bodies and major NGOs. Each entry has its
// canonical name, acronym, spelling variants and (where the body is part of another) its parent.
// It only resolves names; an entry is emitted only when the document mentions it.

export interface GazetteerEntry {
  name: string;
  acronym?: string;
  aliases?: string[];
  parent?: string;
}

export const GAZETTEER: GazetteerEntry[] = [
  // United Nations system
  { name: 'United Nations', acronym: 'UN', aliases: ['UNO'] },
  { name: 'UN Women', aliases: ['United Nations Entity for Gender Equality and the Empowerment of Women'] },
  { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC' },
  { name: 'Office of the United Nations High Commissioner for Human Rights', acronym: 'OHCHR', aliases: ['UN Human Rights', 'Office of the High Commissioner for Human Rights', 'UN Human Rights Office'] },
  { name: 'Office of the United Nations High Commissioner for Refugees', acronym: 'UNHCR', aliases: ['UN Refugee Agency', 'United Nations High Commissioner for Refugees'] },
  { name: 'United Nations Children\'s Fund', acronym: 'UNICEF' },
  { name: 'United Nations Development Programme', acronym: 'UNDP' },
  { name: 'United Nations Population Fund', acronym: 'UNFPA' },
  { name: 'United Nations Sustainable Development Group', acronym: 'UNSDG' },
  { name: 'International Organization for Migration', acronym: 'IOM', aliases: ['UN Migration'] },
  { name: 'International Labour Organization', acronym: 'ILO', aliases: ['International Labor Organization', 'International Labour Office', 'International Labor Office', 'International Labour Conference'] },
  { name: 'Human Rights Council', acronym: 'HRC', aliases: ['UN Human Rights Council', 'United Nations Human Rights Council'] },
  { name: 'Committee on the Elimination of Discrimination against Women', acronym: 'CEDAW Committee', aliases: ['CEDAW'] },
  { name: 'Committee on the Rights of the Child', acronym: 'CRC Committee' },
  { name: 'Inter-Agency Coordination Group against Trafficking in Persons', acronym: 'ICAT' },
  { name: 'World Health Organization', acronym: 'WHO' },
  { name: 'World Bank' },
  { name: 'International Criminal Court', acronym: 'ICC' },
  { name: 'International Court of Justice', acronym: 'ICJ' },
  { name: 'United Nations Security Council', acronym: 'UNSC', aliases: ['UN Security Council', 'Security Council'] },
  { name: 'United Nations General Assembly', acronym: 'UNGA', aliases: ['UN General Assembly', 'General Assembly'] },
  { name: 'United Nations Interregional Crime and Justice Research Institute', acronym: 'UNICRI' },
  { name: 'Special Rapporteur on trafficking in persons, especially women and children', aliases: ['UN Special Rapporteur on Trafficking in Persons'] },
  // OSCE and its institutions
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE', aliases: ['Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'] },
  { name: 'Office for Democratic Institutions and Human Rights', acronym: 'ODIHR', aliases: ['OSCE/ODIHR', 'OSCE ODIHR'] },
  { name: 'High Commissioner on National Minorities', acronym: 'HCNM', aliases: ['OSCE High Commissioner on National Minorities'], parent: 'OSCE' },
  { name: 'Representative on Freedom of the Media', acronym: 'RFoM', aliases: ['OSCE Representative on Freedom of the Media'], parent: 'OSCE' },
  { name: 'OSCE Parliamentary Assembly', acronym: 'OSCE PA', parent: 'OSCE' },
  { name: 'Transnational Threats Department', acronym: 'TNTD', aliases: ['OSCE Transnational Threats Department'], parent: 'OSCE' },
  { name: 'Strategic Police Matters Unit', acronym: 'SPMU', parent: 'Transnational Threats Department' },
  { name: 'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings', acronym: 'OSR/CTHB', parent: 'OSCE' },
  { name: 'OSCE Secretariat', parent: 'OSCE' },
  { name: 'Conflict Prevention Centre', acronym: 'CPC', parent: 'OSCE' },
  { name: 'Office of the Co-ordinator of OSCE Economic and Environmental Activities', acronym: 'OCEEA', parent: 'OSCE' },
  // European Union
  { name: 'European Union', acronym: 'EU' },
  { name: 'European Commission' },
  { name: 'European Parliament' },
  { name: 'Council of the European Union' },
  { name: 'European Union Agency for Law Enforcement Cooperation', acronym: 'Europol', aliases: ['EUROPOL'] },
  { name: 'European Union Agency for Criminal Justice Cooperation', acronym: 'Eurojust', aliases: ['EUROJUST'] },
  { name: 'European Border and Coast Guard Agency', acronym: 'Frontex', aliases: ['FRONTEX'] },
  { name: 'European Union Agency for Fundamental Rights', acronym: 'FRA' },
  { name: 'European Union Agency for Asylum', acronym: 'EUAA', aliases: ['European Asylum Support Office', 'EASO'] },
  { name: 'European Union Agency for Law Enforcement Training', acronym: 'CEPOL' },
  { name: 'European Institute for Gender Equality', acronym: 'EIGE' },
  { name: 'European Cybercrime Centre', acronym: 'EC3', parent: 'Europol' },
  { name: 'European Labour Authority', acronym: 'ELA' },
  { name: 'EU Anti-Trafficking Coordinator', aliases: ['EU Anti-Trafficking Co-ordinator'] },
  // Council of Europe
  { name: 'Council of Europe', acronym: 'CoE' },
  { name: 'Group of Experts on Action against Trafficking in Human Beings', acronym: 'GRETA', parent: 'Council of Europe' },
  { name: 'European Court of Human Rights', acronym: 'ECtHR', parent: 'Council of Europe' },
  { name: 'Group of States against Corruption', acronym: 'GRECO', parent: 'Council of Europe' },
  { name: 'Committee of Experts on the Evaluation of Anti-Money Laundering Measures and the Financing of Terrorism', acronym: 'MONEYVAL', parent: 'Council of Europe' },
  { name: 'Group of Experts on Action against Violence against Women and Domestic Violence', acronym: 'GREVIO', parent: 'Council of Europe' },
  { name: 'European Committee for the Prevention of Torture', acronym: 'CPT', parent: 'Council of Europe' },
  { name: 'Parliamentary Assembly of the Council of Europe', acronym: 'PACE', parent: 'Council of Europe' },
  // Other intergovernmental bodies
  { name: 'International Criminal Police Organization', acronym: 'INTERPOL', aliases: ['Interpol'] },
  { name: 'Financial Action Task Force', acronym: 'FATF' },
  { name: 'North Atlantic Treaty Organization', acronym: 'NATO' },
  { name: 'Organisation for Economic Co-operation and Development', acronym: 'OECD', aliases: ['Organization for Economic Co-operation and Development'] },
  { name: 'African Union' },
  { name: 'Association of Southeast Asian Nations', acronym: 'ASEAN' },
  { name: 'Organization of American States', acronym: 'OAS' },
  { name: 'International Centre for Migration Policy Development', acronym: 'ICMPD' },
  { name: 'Southeast European Law Enforcement Center', acronym: 'SELEC' },
  { name: 'Regional Cooperation Council', acronym: 'RCC' },
  { name: 'International Committee of the Red Cross', acronym: 'ICRC' },
  { name: 'International Federation of Red Cross and Red Crescent Societies', acronym: 'IFRC' },
  // Major NGOs and research bodies
  { name: 'Global Initiative against Transnational Organized Crime', acronym: 'GITOC', aliases: ['Global Initiative Against Transnational Organized Crime', 'GI-TOC'] },
  { name: 'Amnesty International' },
  { name: 'Human Rights Watch', acronym: 'HRW' },
  { name: 'Transparency International' },
  { name: 'La Strada International', acronym: 'LSI' },
  { name: 'Anti-Slavery International' },
  { name: 'Walk Free', aliases: ['Walk Free Foundation'] },
  { name: 'Polaris Project', aliases: ['Polaris'] },
  { name: 'ECPAT International', acronym: 'ECPAT' },
  { name: 'Global Alliance Against Traffic in Women', acronym: 'GAATW' },
  { name: 'Platform for International Cooperation on Undocumented Migrants', acronym: 'PICUM' },
  { name: 'International Centre for Missing & Exploited Children', acronym: 'ICMEC' },
  { name: 'Chatham House' },
  { name: 'ResearchGate' },
  { name: 'Internet Watch Foundation', acronym: 'IWF' },
  { name: 'Tech Against Trafficking' },
];
