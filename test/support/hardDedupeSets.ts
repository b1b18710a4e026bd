/**
 * Harder generated lists with known truth than the multilingual set, for the dedupe benchmark
 * and tests: the kinds of list where a matcher tuned on FEBRL fails.
 * - people: many records per person (10–20 for a third of them), names, birth dates and
 *   addresses only (a phone now and then), people who move; namesakes born on the same day and
 *   month of another year, siblings at the same address;
 * - names only: companies and people with nothing but a name and a city, under empty Email and
 *   Phone columns; one company entered 60 times the same way; the same name in another city is
 *   another entity;
 * - sites: organisations with several campuses sharing a name and often one phone, on other
 *   house numbers (sometimes of the same street); each site listed up to 12 times with its
 *   address written differently (3rd/third, st/street, a trailing "between … and …");
 * - households: families sharing an address, a landline and sometimes an email; twins;
 * - scripts: people in Russia, Kazakhstan, Mongolia, Iran and China written in their script or
 *   in Latin (王芳 / Wang Fang), addresses with the local abbreviations (ул./улица, пр./проспект,
 *   خیابان/خ, 路/街), birth dates with day and month transposed.
 * Latin spellings come from the hand-written pools of dedupeTestSet, not from the matcher.
 * Another seed gives other people, addresses and variants: measure on a seed not looked at
 * while changing the matcher.
 */
import { type CountryPool, Dice, POOLS, type Spelled, type TestCell, typo } from './dedupeTestSet';

export interface HardList {
  name: string;
  /** Header row first. */
  table: TestCell[][];
  /** The entity of each data row. */
  entity: string[];
  defaultCountry?: string;
}

interface Entry {
  cells: TestCell[];
  entity: string;
}

function shuffled(dice: Dice, name: string, header: string[], rows: Entry[], defaultCountry?: string): HardList {
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = dice.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return {
    name,
    table: [header, ...order.map((i) => rows[i]!.cells)],
    entity: order.map((i) => rows[i]!.entity),
    ...(defaultCountry ? { defaultCountry } : {}),
  };
}

/** A weighted pick: early items are more common (names follow a Zipf-like law). */
function zipf<T>(dice: Dice, items: readonly T[]): T {
  const r = dice.next();
  return items[Math.min(items.length - 1, Math.floor(items.length * r * r * r))]!;
}

function recordCount(dice: Dice, manyShare: number): number {
  if (dice.chance(manyShare)) return dice.int(10, 20);
  return dice.chance(0.5) ? 1 : dice.int(2, 3);
}

function caseVariant(dice: Dice, text: string): string {
  const r = dice.next();
  if (r < 0.08) return text.toUpperCase();
  if (r < 0.16) return text.toLowerCase();
  return text;
}

// ---- Latin names and addresses ----

const GIVEN = [
  'John', 'Michael', 'David', 'James', 'Robert', 'Mary', 'Linda', 'Patricia', 'Jennifer', 'William', 'Elizabeth', 'Susan', 'Richard', 'Joseph',
  'Thomas', 'Sarah', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Donald', 'Ashley', 'Steven', 'Kimberly',
  'Paul', 'Emily', 'Andrew', 'Donna', 'Joshua', 'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'George', 'Deborah',
  'Timothy', 'Stephanie', 'Ronald', 'Rebecca', 'Jason', 'Laura', 'Edward', 'Sharon', 'Jeffrey', 'Cynthia', 'Ryan', 'Kathleen', 'Jacob', 'Amy',
  'Gary', 'Angela', 'Nicholas', 'Shirley', 'Eric', 'Brenda', 'Jonathan', 'Emma', 'Stephen', 'Anna', 'Larry', 'Pamela', 'Justin', 'Nicole',
  'Ivan', 'Olga', 'Dmitry', 'Elena', 'Sergey', 'Natalia', 'Aigerim', 'Nurlan', 'Dauren', 'Madina', 'Yerlan', 'Zhanar',
];
const FAMILY = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson',
  'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez',
  'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson',
  'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz',
  'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson',
  'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett',
  'Gray', 'Mendoza', 'Ruiz', 'Hughes', 'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez',
  'Ivanov', 'Petrova', 'Smirnov', 'Kuznetsova', 'Akhmetov', 'Nurlanova', 'Kasymov', 'Zhumabaeva', "O'Connor", 'McDonald', 'Van der Berg',
];
const CITIES = ['New York', 'Chicago', 'Boston', 'Seattle', 'Austin', 'Denver', 'Portland', 'Atlanta', 'Phoenix', 'San Diego', 'Miami', 'Dallas'];
const STREET_NAMES = [
  'Main', 'Oak', 'Maple', 'Park', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Pine', 'Lincoln', 'Madison', 'Jefferson', 'Franklin', 'Highland',
  'Church', 'Spring', 'Ridge', 'Sunset', 'Broadway', 'Lexington', 'Amsterdam', 'Columbus', 'Riverside', 'Meadow', 'Willow', 'Chestnut', 'Walnut',
];
const STREET_TYPES: readonly (readonly string[])[] = [
  ['St', 'St.', 'Street', 'st.'],
  ['Ave', 'Ave.', 'Avenue', 'av.'],
  ['Rd', 'Rd.', 'Road'],
  ['Blvd', 'Blvd.', 'Boulevard'],
  ['Dr', 'Dr.', 'Drive'],
  ['Pl', 'Pl.', 'Place'],
];
const DIRECTIONS: readonly (readonly string[])[] = [['E.', 'E', 'East'], ['W.', 'W', 'West'], ['N.', 'N', 'North'], ['S.', 'S', 'South']];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

function ordinalDigits(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

interface LatinStreet {
  /** A numbered street (3rd Ave) or a named one. */
  ordinal?: number;
  name?: string;
  type: readonly string[];
  direction?: readonly string[];
}

function latinStreet(dice: Dice): LatinStreet {
  const type = dice.pick(STREET_TYPES);
  const direction = dice.chance(0.25) ? dice.pick(DIRECTIONS) : undefined;
  if (dice.chance(0.35)) return { ordinal: dice.chance(0.7) ? dice.int(1, 12) : dice.int(13, 99), type, ...(direction ? { direction } : {}) };
  return { name: dice.pick(STREET_NAMES), type, ...(direction ? { direction } : {}) };
}

const DESCRIPTIONS = [
  (d: Dice) => `between ${d.pick(STREET_NAMES).toLowerCase()} ave. s and broadway`,
  (d: Dice) => `near ${d.pick(STREET_NAMES)} station`,
  (d: Dice) => `(corner of ${d.pick(STREET_NAMES)} St)`,
  (d: Dice) => `at ${d.pick(STREET_NAMES).toLowerCase()} square`,
  () => 'off the main square',
];

/** A Latin address as a person might type it: ordinal, street type and direction written one of their ways, sometimes a trailing description. */
function latinAddress(dice: Dice, house: number, street: LatinStreet, vary: boolean): string {
  const pick = (options: readonly string[]) => (vary ? dice.pick(options) : options[0]!);
  const streetName =
    street.ordinal !== undefined
      ? vary && street.ordinal <= 12 && dice.chance(0.4)
        ? ORDINAL_WORDS[street.ordinal - 1]!
        : ordinalDigits(street.ordinal)
      : street.name!;
  const parts = [String(house), ...(street.direction ? [pick(street.direction)] : []), streetName, pick(street.type)];
  let text = parts.join(' ');
  if (vary && dice.chance(0.15)) text = `${text}${dice.chance(0.5) ? ',' : ''} ${dice.pick(DESCRIPTIONS)(dice)}`;
  return vary ? caseVariant(dice, text) : text;
}

function usPhone(dice: Dice): string {
  return `${dice.pick(['212', '312', '415', '512', '617', '206', '303', '404'])}${dice.int(2, 9)}${dice.digits(6)}`;
}

function writeUsPhone(dice: Dice, digits: string): string {
  const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  return dice.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `1${digits}`, digits]);
}

interface Day {
  year: number;
  month: number;
  day: number;
}

function randomDay(dice: Dice, from = 1940, to = 2005): Day {
  return { year: dice.int(from, to), month: dice.int(1, 12), day: dice.int(1, 28) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Day) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** A birth date as entered: mostly right, sometimes day and month transposed, sometimes a digit of the day mistyped. */
function writtenDay(dice: Dice, d: Day): string {
  const r = dice.next();
  if (r < 0.08 && d.day <= 12 && d.day !== d.month) return `${d.year}-${pad(d.day)}-${pad(d.month)}`;
  if (r < 0.12) return iso({ ...d, day: d.day >= 20 ? d.day - 10 : d.day + 10 });
  return iso(d);
}

function nameVariant(dice: Dice, word: string, typoShare = 0.1): string {
  return dice.chance(typoShare) ? typo(dice, word) : word;
}

// ---- the lists ----

/** People with many records each: first and last name, birth date, address, city, now and then a phone. */
function peopleList(dice: Dice, people: number): HardList {
  const rows: Entry[] = [];
  let serial = 0;
  const newPerson = (given: string, family: string, city: string, dob: Day) => {
    const street = latinStreet(dice);
    const moved = { street: latinStreet(dice), house: dice.int(1, 2000), city: dice.chance(0.5) ? city : dice.pick(CITIES) };
    return { id: `a${++serial}`, given, family, city, dob, house: dice.int(1, 2000), street, moved, phone: dice.chance(0.4) ? usPhone(dice) : null };
  };
  const emit = (person: ReturnType<typeof newPerson>, count: number) => {
    for (let r = 0; r < count; r++) {
      let given = nameVariant(dice, person.given);
      let family = nameVariant(dice, person.family);
      if (dice.chance(0.03)) given = `${given[0]}.`;
      if (dice.chance(0.08)) [given, family] = [family, given];
      const moved = r > 0 && dice.chance(0.15);
      const address = dice.chance(0.8) ? (moved ? latinAddress(dice, person.moved.house, person.moved.street, true) : latinAddress(dice, person.house, person.street, true)) : '';
      const city = dice.chance(0.85) ? (moved ? person.moved.city : person.city) : '';
      rows.push({
        cells: [caseVariant(dice, given), caseVariant(dice, family), dice.chance(0.9) ? writtenDay(dice, person.dob) : '', address, city, person.phone && dice.chance(0.6) ? writeUsPhone(dice, person.phone) : ''],
        entity: person.id,
      });
    }
  };
  for (let p = 0; p < people; p++) {
    const person = newPerson(zipf(dice, GIVEN), zipf(dice, FAMILY), dice.pick(CITIES), randomDay(dice));
    emit(person, recordCount(dice, 0.35));
    if (dice.chance(0.08)) {
      // A namesake in the same city, born on the same day and month of another year.
      const other = newPerson(person.given, person.family, person.city, { ...person.dob, year: person.dob.year + dice.pick([-30, -20, -11, 9, 17, 25]) });
      emit(other, recordCount(dice, 0.2));
    }
    if (dice.chance(0.06)) {
      // A sibling at the same address: same family name, another first name and birth date.
      const sibling = newPerson(zipf(dice, GIVEN), person.family, person.city, randomDay(dice));
      if (sibling.given !== person.given) {
        sibling.house = person.house;
        sibling.street = person.street;
        emit(sibling, recordCount(dice, 0.2));
      }
    }
  }
  return shuffled(dice, 'people, many records each', ['First name', 'Last name', 'Date of birth', 'Address', 'City', 'Phone'], rows, 'US');
}

const COMPANY_FIRST = [
  'Golden', 'Silver', 'Blue', 'Green', 'Red', 'North', 'South', 'East', 'West', 'Sunny', 'Happy', 'Royal', 'Urban', 'Pacific', 'Atlantic',
  'Summit', 'Pioneer', 'Liberty', 'Evergreen', 'Harbor', 'Maple', 'Cedar', 'Eagle', 'Lion', 'Crystal', 'Diamond', 'Bright', 'Little', 'Grand', 'Old Town',
];
const COMPANY_SECOND = [
  'Lotus', 'Star', 'River', 'Mountain', 'Garden', 'Bridge', 'Valley', 'Oak', 'Pine', 'Rose', 'Sun', 'Moon', 'Harvest', 'Stone', 'Field', 'Bay',
  'Orchard', 'Meadow', 'Crown', 'Anchor', 'Lantern', 'Compass', 'Falcon', 'Tiger', 'Dragon', 'Phoenix', 'Horizon', 'Spring', 'Forest', 'Island',
];
const COMPANY_KIND = [
  'Bakery', 'Bank', 'Cafe', 'Dental Clinic', 'Auto Repair', 'Trading', 'Logistics', 'Consulting', 'Realty', 'Books', 'Pharmacy', 'Florist',
  'Hardware', 'Insurance', 'Travel', 'Kitchen', 'Fitness', 'Printing', 'Laundry', 'Pet Care', 'Daycare', 'Tailors', 'Electric', 'Plumbing',
];
const LEGAL: readonly (readonly string[])[] = [['LLC', 'L.L.C.', 'llc', ''], ['Inc.', 'Inc', 'Incorporated', ''], ['Co.', 'Company', '& Co', ''], ['Ltd', 'Ltd.', 'Limited', '']];

interface Company {
  first: string;
  second: string;
  kind: string;
  legal: readonly string[] | null;
}

function companyName(dice: Dice, company: Company, vary: boolean, typoShare = 0.12): string {
  let kind = company.kind;
  if (vary && kind.includes(' ') && dice.chance(0.1)) kind = kind.replace(' ', ' & ');
  let words = `${company.first} ${company.second} ${kind}`;
  if (vary && dice.chance(0.1)) words = `The ${words}`;
  if (vary && dice.chance(typoShare)) words = words.split(' ').map((word, i) => (i === 1 ? typo(dice, word) : word)).join(' ');
  const legal = company.legal ? (vary ? dice.pick(company.legal) : company.legal[0]!) : '';
  const text = legal ? `${words}${vary && dice.chance(0.3) ? ',' : ''} ${legal}` : words;
  return vary ? caseVariant(dice, text) : text;
}

/** How often a repeated entry mistypes a company's middle word, and each word of a person's name. */
interface TypoShares {
  company: number;
  person: number;
}

/** Companies and people with nothing but a name and a city, under Email and Phone columns left empty. */
function namesOnlyList(dice: Dice, entities: number, typos: TypoShares = { company: 0.12, person: 0.1 }): HardList {
  const rows: Entry[] = [];
  const taken = new Set<string>();
  let serial = 0;
  const add = (id: string, count: number, write: (vary: boolean) => string, city: string) => {
    for (let r = 0; r < count; r++) rows.push({ cells: [write(r > 0), '', '', dice.chance(0.9) ? city : ''], entity: id });
  };
  for (let e = 0; e < entities; e++) {
    const city = dice.pick(CITIES);
    if (dice.chance(0.7)) {
      const company: Company = { first: dice.pick(COMPANY_FIRST), second: dice.pick(COMPANY_SECOND), kind: dice.pick(COMPANY_KIND), legal: dice.chance(0.6) ? dice.pick(LEGAL) : null };
      const key = `${company.first} ${company.second} ${company.kind}|${city}`;
      if (taken.has(key)) continue;
      taken.add(key);
      add(`b${++serial}`, e === 0 ? 60 : recordCount(dice, 0.1), (vary) => (e === 0 ? companyName(dice, company, false) : companyName(dice, company, vary, typos.company)), city);
      if (dice.chance(0.06)) {
        // The same company name in another city: another business (a franchise).
        const elsewhere = dice.pick(CITIES.filter((c) => c !== city));
        if (!taken.has(`${company.first} ${company.second} ${company.kind}|${elsewhere}`)) {
          taken.add(`${company.first} ${company.second} ${company.kind}|${elsewhere}`);
          add(`b${++serial}`, recordCount(dice, 0.1), (vary) => companyName(dice, company, vary, typos.company), elsewhere);
        }
      }
      if (dice.chance(0.06)) {
        // One word apart: Golden Lotus Bakery and Golden Lotus Bank are two businesses.
        const kind = dice.pick(COMPANY_KIND.filter((k) => k !== company.kind));
        const sibling = { ...company, kind };
        if (!taken.has(`${company.first} ${company.second} ${kind}|${city}`)) {
          taken.add(`${company.first} ${company.second} ${kind}|${city}`);
          add(`b${++serial}`, recordCount(dice, 0.1), (vary) => companyName(dice, sibling, vary, typos.company), city);
        }
      }
    } else {
      const given = zipf(dice, GIVEN);
      const family = dice.pick(FAMILY);
      // Two people of one name in one city cannot be told apart from a name-only list: the truth has none.
      if (taken.has(`${given} ${family}|${city}`)) continue;
      taken.add(`${given} ${family}|${city}`);
      add(`b${++serial}`, recordCount(dice, 0.1), (vary) => {
        if (!vary) return `${given} ${family}`;
        const g = nameVariant(dice, given, typos.person);
        const f = nameVariant(dice, family, typos.person);
        return caseVariant(dice, dice.chance(0.15) ? `${f}, ${g}` : dice.chance(0.05) ? `${g[0]}. ${f}` : `${g} ${f}`);
      }, city);
    }
  }
  return shuffled(dice, 'names only (empty Email, Phone)', ['Name', 'Email', 'Phone', 'City'], rows, 'US');
}

const CAMPUSES = ['Downtown', 'North', 'Eastside', 'Midtown', 'West Campus', 'Riverside'];

/** Organisations with one to four sites; sites of one organisation share its name and often one phone. */
function sitesList(dice: Dice, organisations: number): HardList {
  const rows: Entry[] = [];
  let serial = 0;
  for (let o = 0; o < organisations; o++) {
    const company: Company = { first: dice.pick(COMPANY_FIRST), second: dice.pick(COMPANY_SECOND), kind: dice.pick(['Daycare', 'Learning Center', 'Kids Academy', 'Restaurant', 'Diner', 'Grill', 'Clinic', 'Preschool']), legal: dice.chance(0.3) ? dice.pick(LEGAL) : null };
    const sites = dice.chance(0.3) ? dice.int(2, 4) : 1;
    const city = dice.pick(CITIES);
    const central = dice.chance(0.6) ? usPhone(dice) : null;
    const suffixed = dice.chance(0.4);
    const street = latinStreet(dice);
    const houses = new Set<number>();
    for (let s = 0; s < sites; s++) {
      const id = `s${++serial}`;
      let house = dice.int(1, 1500);
      while (houses.has(house)) house = dice.int(1, 1500);
      houses.add(house);
      const siteStreet = s > 0 && dice.chance(0.4) ? street : s === 0 ? street : latinStreet(dice);
      const postcode = String(10000 + dice.int(0, 89999));
      const phone = central ?? usPhone(dice);
      const campus = sites > 1 && suffixed ? ` - ${CAMPUSES[s % CAMPUSES.length]}` : '';
      const count = dice.chance(0.4) ? 1 : dice.chance(0.5) ? dice.int(2, 3) : dice.int(4, 12);
      for (let r = 0; r < count; r++) {
        const vary = r > 0;
        let name = companyName(dice, company, vary);
        if (campus && (!vary || dice.chance(0.85))) name += campus;
        name = name.replace(/ and /, ' & ');
        rows.push({
          cells: [name, latinAddress(dice, house, siteStreet, vary), city, vary && dice.chance(0.2) ? '' : postcode, vary && dice.chance(0.1) ? '' : writeUsPhone(dice, phone)],
          entity: id,
        });
      }
    }
  }
  return shuffled(dice, 'sites sharing a name or a phone', ['Name', 'Address', 'City', 'Postcode', 'Phone'], rows, 'US');
}

/** Families at one address, sharing a landline and sometimes an email; each member entered one to four times. */
function householdsList(dice: Dice, families: number): HardList {
  const rows: Entry[] = [];
  let serial = 0;
  for (let f = 0; f < families; f++) {
    const family = dice.pick(FAMILY);
    const house = dice.int(1, 2000);
    const street = latinStreet(dice);
    const city = dice.pick(CITIES);
    const landline = dice.chance(0.7) ? usPhone(dice) : null;
    const familyEmail = dice.chance(0.3) ? `${family.toLowerCase().replace(/[^a-z]/g, '')}family${dice.int(1, 99)}@${dice.pick(['gmail.com', 'yahoo.com', 'aol.com'])}` : null;
    const members = dice.int(1, 5);
    const used = new Set<string>();
    let twin: Day | null = null;
    for (let m = 0; m < members; m++) {
      const given = zipf(dice, GIVEN);
      if (used.has(given)) continue;
      used.add(given);
      const id = `h${++serial}`;
      const dob: Day = twin && dice.chance(0.08) ? twin : randomDay(dice);
      twin = dob;
      const mobile = dice.chance(0.7) ? usPhone(dice) : null;
      const email = dice.chance(0.6) ? `${given.toLowerCase()}.${family.toLowerCase().replace(/[^a-z]/g, '')}${dice.int(1, 999)}@${dice.pick(['gmail.com', 'outlook.com', 'icloud.com'])}` : null;
      const count = dice.chance(0.45) ? 1 : dice.int(2, 4);
      for (let r = 0; r < count; r++) {
        const vary = r > 0;
        const phone = mobile && (!landline || dice.chance(0.6)) ? mobile : landline;
        const mail = familyEmail && dice.chance(0.4) ? familyEmail : email && dice.chance(0.8) ? email : '';
        rows.push({
          cells: [
            caseVariant(dice, `${nameVariant(dice, given, vary ? 0.12 : 0)} ${nameVariant(dice, family, vary ? 0.08 : 0)}`),
            phone && dice.chance(0.85) ? writeUsPhone(dice, phone) : '',
            vary && dice.chance(0.3) ? mail.toUpperCase() : mail,
            dice.chance(0.85) ? latinAddress(dice, house, street, vary) : '',
            city,
            dice.chance(0.7) ? writtenDay(dice, dob) : '',
          ],
          entity: id,
        });
      }
    }
  }
  return shuffled(dice, 'households', ['Name', 'Phone', 'Email', 'Address', 'City', 'Date of birth'], rows, 'US');
}

// ---- across scripts ----

interface LocalStreet {
  write(dice: Dice, house: number, vary: boolean): string;
}

const RU_ORDINALS = ['Первая', 'Вторая', 'Третья', 'Четвёртая', 'Пятая'];
const FA_ORDINALS = ['اول', 'دوم', 'سوم', 'چهارم', 'پنجم'];
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persianDigits = (text: string) => text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!);

function cyrillicStreet(dice: Dice): LocalStreet {
  const kind = dice.int(0, 2);
  if (kind === 0) {
    const name = dice.pick(['Абая', 'Ленина', 'Гагарина', 'Сатпаева', 'Пушкина', 'Толе би']);
    return { write: (d, house, vary) => (vary ? d.pick([`ул. ${name}, ${house}`, `улица ${name}, д. ${house}`, `${name} ул., ${house}`, `ул ${name} ${house}`]) : `ул. ${name}, ${house}`) };
  }
  if (kind === 1) {
    const name = dice.pick(['Мира', 'Достык', 'Абылай хана', 'Победы', 'Вернадского']);
    return { write: (d, house, vary) => (vary ? d.pick([`пр. ${name}, ${house}`, `проспект ${name}, д. ${house}`, `пр-т ${name} ${house}`, `просп. ${name}, ${house}`]) : `пр. ${name}, ${house}`) };
  }
  const n = dice.int(1, 5);
  const name = dice.pick(['Парковая', 'Садовая', 'Линия', 'Советская']);
  return { write: (d, house, vary) => (vary ? d.pick([`${n}-я ${name} ул., ${house}`, `${RU_ORDINALS[n - 1]} ${name} улица, д. ${house}`, `ул. ${n}-я ${name}, ${house}`]) : `${n}-я ${name} ул., ${house}`) };
}

function persianStreet(dice: Dice): LocalStreet {
  const name = dice.pick(['ولیعصر', 'انقلاب', 'آزادی', 'شریعتی', 'کشاورز', 'فردوسی']);
  const alley = dice.chance(0.5) ? dice.int(1, 5) : 0;
  return {
    write: (d, house, vary) => {
      const type = vary ? d.pick(['خیابان', 'خ', 'خ.']) : 'خیابان';
      const lane = alley === 0 ? '' : vary && d.chance(0.5) ? `، کوچه ${persianDigits(String(alley))}` : `، کوچه ${FA_ORDINALS[alley - 1]}`;
      const number = vary && d.chance(0.5) ? String(house) : persianDigits(String(house));
      return `${type} ${name}${lane}، پلاک ${number}`;
    },
  };
}

function chineseStreet(dice: Dice): LocalStreet {
  const name = dice.pick(['南京', '中山', '人民', '解放', '建国', '延安']);
  return {
    write: (d, house, vary) => {
      const type = vary && d.chance(0.3) ? '街' : '路';
      return vary && d.chance(0.3) ? `${name}${type} ${house} 号` : `${name}${type}${house}号`;
    },
  };
}

function mongolianStreet(dice: Dice): LocalStreet {
  const district = dice.int(1, 5);
  const words = ['нэгдүгээр', 'хоёрдугаар', 'гуравдугаар', 'дөрөвдүгээр', 'тавдугаар'];
  return { write: (d, house, vary) => (vary && d.chance(0.4) ? `${words[district - 1]} хороолол, ${house} байр` : `${district}-р хороолол, ${house}-р байр`) };
}

function localStreet(dice: Dice, pool: CountryPool): LocalStreet {
  if (pool.code === 'IR') return persianStreet(dice);
  if (pool.code === 'CN') return chineseStreet(dice);
  if (pool.code === 'MN') return mongolianStreet(dice);
  return cyrillicStreet(dice);
}

function scriptName(dice: Dice, pool: CountryPool, given: Spelled, family: Spelled, vary: boolean): string {
  const latin = vary && dice.chance(0.4);
  const pick = (spelled: Spelled) => (latin ? spelled[dice.int(1, spelled.length - 1)] ?? spelled[0] : spelled[0]);
  let g = pick(given);
  const f = pick(family);
  if (vary && dice.chance(0.1)) g = typo(dice, g);
  if (pool.order === 'chinese' && !latin) return vary && dice.chance(0.3) ? `${f} ${g}` : `${f}${g}`;
  const familyFirst = pool.order !== 'givenFirst';
  const swap = vary && dice.chance(0.3);
  return caseVariant(dice, familyFirst !== swap ? `${f} ${g}` : `${g} ${f}`);
}

/** People of Russia, Kazakhstan, Mongolia, Iran and China, in their script or in Latin, with local addresses. */
function scriptsList(dice: Dice, people: number): HardList {
  const pools = POOLS.filter((pool) => pool.code !== 'US');
  const rows: Entry[] = [];
  let serial = 0;
  for (let p = 0; p < people; p++) {
    const pool = dice.pick(pools);
    const female = pool.femaleGiven !== undefined && dice.chance(0.5);
    const given = dice.pick(female ? pool.femaleGiven! : pool.given);
    const base = dice.pick(pool.family);
    const family = female && pool.feminine ? pool.feminine(base) : base;
    const make = (sameName: boolean) => ({
      id: `x${++serial}`,
      given: sameName ? given : dice.pick(female ? pool.femaleGiven! : pool.given),
      phone: pool.phone(dice),
      email: dice.chance(0.5) ? `${(given[1] ?? 'user').toLowerCase().replace(/[^a-z]/g, '')}${dice.int(1, 9999)}@${dice.pick(pool.domains)}` : null,
      street: localStreet(dice, pool),
      house: dice.int(1, 200),
      city: dice.pick(pool.cities),
      dob: randomDay(dice),
    });
    const person = make(true);
    const emit = (who: ReturnType<typeof make>, count: number) => {
      for (let r = 0; r < count; r++) {
        const vary = r > 0;
        const phone = dice.pick([who.phone.e164, who.phone.national, who.phone.spaced]);
        rows.push({
          cells: [
            scriptName(dice, pool, who.given, family, vary),
            dice.chance(0.8) ? (pool.code === 'IR' && dice.chance(0.3) ? persianDigits(phone) : phone) : '',
            who.email && dice.chance(0.7) ? who.email : '',
            dice.chance(0.7) ? who.street.write(dice, who.house, vary) : '',
            dice.chance(0.85) ? (vary && dice.chance(0.3) ? dice.pick(who.city) : who.city[0]) : '',
            dice.chance(0.6) ? pool.countryNames[0]! : '',
            dice.chance(0.5) ? writtenDay(dice, who.dob) : '',
          ],
          entity: who.id,
        });
      }
    };
    emit(person, dice.chance(0.3) ? dice.int(3, 6) : dice.int(1, 2));
    if (dice.chance(0.06)) emit({ ...make(true), city: dice.pick(pool.cities.filter((c) => c !== person.city)) }, dice.int(1, 2));
    if (dice.chance(0.06)) {
      const relative = make(false);
      if (relative.given !== person.given) emit({ ...relative, phone: person.phone, street: person.street, house: person.house }, dice.int(1, 2));
    }
  }
  return shuffled(dice, 'across scripts', ['Name', 'Phone', 'Email', 'Address', 'City', 'Country', 'Date of birth'], rows);
}

/** The five hard lists from one seed; `scale` multiplies their size (1: about 1,500–2,500 rows each). */
export function hardDedupeSets(seed: number, scale = 1): HardList[] {
  const dice = new Dice(seed * 7919 + 17);
  return [
    peopleList(dice, Math.round(220 * scale)),
    namesOnlyList(dice, Math.round(900 * scale)),
    sitesList(dice, Math.round(420 * scale)),
    householdsList(dice, Math.round(420 * scale)),
    scriptsList(dice, Math.round(800 * scale)),
  ];
}

/**
 * A names-only list the scoring was not developed on: its own dice, and names mistyped about
 * two and a half times as often (a company's middle word in 3 repeated entries of 10, each word
 * of a person's name in 1 of 4).
 */
export function harderNamesOnlyList(seed: number): HardList {
  const list = namesOnlyList(new Dice(seed * 7919 + 29), 900, { company: 0.3, person: 0.25 });
  return { ...list, name: 'names only, 2.5 times the typos (held out)' };
}
