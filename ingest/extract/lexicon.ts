// Word lists the extractors share: honorifics, job-title words, organization head words, places.
// Generic English/political vocabulary only; no names of people from any document.

/** Honorifics as written, longest first so "H.E." wins over "H.". Matched case-sensitively at a name's start. */
export const HONORIFICS = [
  'His Excellency', 'Her Excellency', 'H.E.', 'HE', 'Ambassador', 'Amb.', 'Congressman', 'Congresswoman',
  'Senator', 'Professor', 'Prof.', 'Prof', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mx.',
  'Sir', 'Dame', 'Lord', 'Lady', 'Judge', 'Justice', 'Hon.', 'The Honourable', 'The Honorable', 'Honourable', 'Honorable',
  'Rev.', 'Father', 'Sister', 'Minister', 'Deputy Minister', 'General', 'Colonel', 'Col.', 'Major', 'Captain', 'Capt.',
  'Lieutenant', 'Lt.', 'Commissioner', 'Inspector', 'Superintendent', 'Chief Inspector', 'Detective', 'Sgt.', 'Sergeant',
  'Mayor', 'President', 'Prime Minister', 'Secretary', 'MEP', 'MP',
].sort((a, b) => b.length - a.length);

/** Honorifics that are also job titles: only an honorific when followed by a person name and no "of". */
export const TITLE_HONORIFICS = new Set([
  'Minister', 'Deputy Minister', 'General', 'Colonel', 'Major', 'Captain', 'Lieutenant', 'Commissioner', 'Inspector',
  'Superintendent', 'Chief Inspector', 'Detective', 'Sergeant', 'Mayor', 'President', 'Prime Minister', 'Secretary', 'Judge', 'Justice',
]);

/** Words that make a phrase a job title, not a person name. Lower case. */
export const TITLE_WORDS = new Set([
  'adviser', 'advisor', 'advisory', 'ambassador', 'analyst', 'assistant', 'associate', 'attorney', 'author', 'board',
  'ceo', 'cfo', 'chair', 'chairman', 'chairperson', 'chairwoman', 'chief', 'clerk', 'co-chair', 'co-founder',
  'co-ordinator', 'commander', 'commissioner', 'consultant', 'coordinator', 'counsel', 'counsellor', 'counselor',
  'delegate', 'director', 'director-general', 'diplomat', 'editor', 'envoy', 'expert', 'fellow', 'founder', 'general',
  'governor', 'head', 'inspector', 'intern', 'investigator', 'journalist', 'judge', 'lawyer', 'lead', 'leader',
  'lecturer', 'manager', 'member', 'minister', 'moderator', 'officer', 'official', 'organizer', 'organiser',
  'panelist', 'panellist', 'partner', 'president', 'principal', 'professor', 'prosecutor', 'rapporteur',
  'representative', 'researcher', 'scientist', 'secretary', 'secretary-general', 'specialist', 'speaker',
  'spokesperson', 'staff', 'student', 'superintendent', 'survivor', 'team', 'trainer', 'vice-president', 'volunteer',
  'tbc', 'tbd', 'participant', 'participants', 'keynote', 'panel', 'welcome', 'opening', 'closing', 'remarks',
  'discussion', 'q&a', 'presentation', 'session', 'registration', 'introduction', 'break', 'lunch', 'coffee',
  'conclusions', 'summary', 'authorities', 'authority', 'government', 'ministry', 'representatives', 'speakers',
  'moderators', 'experts', 'delegation', 'driver', 'defender', 'activist', 'advocate', 'ombudsman', 'ombudsperson',
  'practitioner', 'psychologist', 'doctor', 'nurse', 'worker', 'teacher', 'entrepreneur', 'writer', 'filmmaker',
  'artist', 'economist', 'magistrate', 'detective', 'engineer', 'owner', 'mentor', 'campaigner', 'negotiator',
  'mediator', 'auditor', 'clinician', 'psychiatrist', 'therapist', 'liaison', 'focal', 'attaché', 'attache',
  'emissary', 'undersecretary', 'under-secretary', 'dean', 'rector', 'chancellor', 'trustee', 'ph.d', 'phd',
  'candidate', 'supervisor', 'administrator', 'captain', 'sergeant', 'constable', 'agent', 'spokesman', 'spokeswoman',
  'correspondent', 'reporter', 'producer', 'photographer', 'chairs',
]);

/** Adjectives of job titles ("Senior", "Policy", "Deputy"): never part of a person's name, but fine in organization names. */
export const TITLE_ADJECTIVES = new Set(['under', 'chief', 'principal', 'associate', 'assistant', 'deputy', 'executive', 'policy', 'programme', 'program', 'senior', 'vice', 'first', 'second', 'former', 'acting', 'interim', 'national', 'regional', 'international', 'legal', 'political', 'special', 'technical', 'to', 'adjunct', 'visiting', 'honorary', 'emeritus', 'permanent', 'resident', 'seconded', 'managing']);

/** Head words of organization names ("... Unit", "Ministry of ..."). Capitalised as in names. */
export const ORG_HEAD_WORDS = new Set([
  'Office', 'Department', 'Unit', 'Commission', 'Committee', 'Agency', 'Police', 'University', 'Council', 'Court', 'Ministry',
  'Section', 'Institute', 'Foundation', 'Association', 'Organization', 'Organisation', 'Centre', 'Center', 'Bureau',
  'Directorate', 'Service', 'Network', 'Secretariat', 'Fund', 'Bank', 'Union', 'Federation', 'Coalition', 'Authority',
  'Inspectorate', 'Tribunal', 'Mission', 'Observatory', 'College', 'School', 'Academy', 'Trust', 'Parliament', 'Assembly',
  'Group', 'Gendarmerie', 'Guard', 'Corps', 'Embassy', 'Consulate', 'Prosecution', 'Programme', 'Program', 'Initiative',
  'Society', 'Institution', 'Forces', 'Laboratory', 'Lab', 'Faculty', 'Division', 'Branch', 'Board', 'Chamber', 'Company',
  'Corporation', 'Inc.', 'Ltd', 'GmbH', 'Partnership', 'Platform', 'League', 'Caucus', 'Squad', 'Bar', 'Panel', 'Cross', 'Crescent', 'Alliance', 'Coalition', 'Observatory', 'Inspectorate', 'Task Force',
]);

/** Head words that are too generic alone: they need at least two capitalised words before them. */
export const WEAK_HEAD_WORDS = new Set(['Alliance', 'Bar', 'Panel', 'Programme', 'Program', 'Initiative', 'Society', 'Platform', 'Alliance', 'Group', 'Network', 'Board', 'Partnership', 'Service', 'Fund', 'Union', 'League', 'Trust', 'Company', 'Lab', 'Branch', 'Division', 'Forces']);

/** Lower-case words allowed inside an organization name. */
export const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in', 'against', 'the', 'de', 'des', 'du', 'la', 'le', 'et', '&', 'to', 'di', 'del', 'della', 'für', 'und']);

/** Name particles allowed in lower case inside a person name. */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'binti', 'ibn', 'al', 'el', 'y', 'e', 'zu', 'af', 'av']);

/** Academic disciplines: "Professor of Law" names a field, not an organization. */
export const DISCIPLINES = new Set([
  'Law', 'Laws', 'Economics', 'Medicine', 'History', 'Sociology', 'Psychology', 'Criminology', 'Politics', 'Political Science',
  'International Law', 'International Relations', 'Human Rights', 'Anthropology', 'Philosophy', 'Public Policy', 'Science',
  'Sciences', 'Engineering', 'Practice', 'Research', 'Studies', 'Migration', 'Education', 'Justice', 'Public Health', 'Security',
]);

/** Countries and a few frequent cities (for locations, and so they are never taken for people or organizations). */
export const PLACES = new Set([
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
  'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Bolivia', 'Bosnia and Herzegovina', 'Brazil', 'Bulgaria', 'Cambodia',
  'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Croatia', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Egypt',
  'Estonia', 'Ethiopia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Holy See', 'Hungary', 'Iceland',
  'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kosovo',
  'Kyrgyzstan', 'Kyrgyz Republic', 'Latvia', 'Lebanon', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Malta',
  'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Nepal', 'Netherlands', 'The Netherlands',
  'New Zealand', 'Nigeria', 'North Macedonia', 'Norway', 'Pakistan', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar',
  'Romania', 'Russia', 'Russian Federation', 'San Marino', 'Saudi Arabia', 'Serbia', 'Slovakia', 'Slovenia', 'South Africa',
  'Spain', 'Sri Lanka', 'Sweden', 'Switzerland', 'Syria', 'Tajikistan', 'Thailand', 'Tunisia', 'Turkey', 'Türkiye',
  'Turkmenistan', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'UK', 'United States', 'United States of America',
  'USA', 'US', 'Uzbekistan', 'Viet Nam', 'Vietnam', 'Yemen', 'Europe', 'Africa', 'Asia', 'Central Asia', 'South-Eastern Europe',
  'South Eastern Europe', 'Western Balkans', 'Balkans', 'Vienna', 'Geneva', 'New York', 'Brussels', 'Strasbourg', 'The Hague',
  'Warsaw', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Lisbon', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Prague',
  'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Sarajevo', 'Skopje', 'Tirana', 'Podgorica', 'Pristina', 'Zagreb', 'Ljubljana',
  'Kyiv', 'Kiev', 'Chisinau', 'Tbilisi', 'Yerevan', 'Baku', 'Astana', 'Almaty', 'Bishkek', 'Dushanbe', 'Tashkent', 'Ashgabat',
  'Minsk', 'Moscow', 'Ankara', 'Istanbul', 'Athens', 'Valletta', 'Nicosia', 'Dublin', 'Edinburgh', 'Washington', 'Washington, DC',
  'Ottawa', 'Bern', 'Luxembourg', 'Lyon', 'Bratislava', 'Vilnius', 'Riga', 'Tallinn', 'Reykjavik', 'Doha', 'Bangkok', 'Manila', 'Zagreb', 'Padua', 'Dublin', 'Madrid', 'Barcelona', 'Milan', 'Naples', 'Munich', 'Frankfurt', 'Hamburg', 'Amsterdam', 'Rotterdam', 'Antwerp', 'Lausanne', 'Zurich', 'Nairobi', 'Kampala', 'Addis Ababa', 'Lagos', 'Accra', 'Dakar', 'Cairo', 'Tunis', 'Rabat', 'Beirut', 'Amman', 'Tokyo', 'Delhi', 'New Delhi', 'Mumbai', 'Dhaka', 'Kathmandu', 'Jakarta', 'Hanoi', 'Phnom Penh', 'Sydney', 'Canberra', 'Toronto', 'Montreal', 'Mexico City', 'Bogotá', 'Bogota', 'Lima', 'Santiago', 'Buenos Aires', 'São Paulo', 'Brasília', 'Brasilia', 'Belfast', 'Glasgow', 'Cardiff', 'Manchester', 'Birmingham',
]);

/** Adjectives of nationality that start role phrases ("Swedish Ambassador"). */
export const NATIONALITY = /^(?:[A-Z][a-z]+(?:ian|ish|ese|an|ic|i|ch))$/;
