/**
 * A generated multilingual customer list with known truth, for the dedupe tests and benchmark:
 * customers in Kazakhstan, Russia, Mongolia, Iran, China and the US, some entered two or three
 * times the way real duplicates arise (other script or order, typos, case, phone and email
 * written differently, a field left blank), and hard negatives: family members sharing a
 * phone, an email or an address, and namesakes in other cities with other contacts.
 * Latin spellings of names are written out by hand (several per name), not produced by the
 * matcher's own transliteration table.
 */
import { seededRandom } from '../../src/core/seededRandom';
export type TestCell = string | number | Date;

export interface DedupeTestSet {
  /** Header row first. */
  table: TestCell[][];
  /** The person of each data row: rows with the same entity are duplicates. */
  entity: string[];
  /** Pairs of 0-based data rows that look alike but are different people. */
  hardNegatives: [number, number][];
}

export const TEST_SET_HEADER = ['Name', 'Phone', 'Email', 'City', 'Country', 'Address'];

export type Spelled = readonly [native: string, ...latin: string[]];

export interface CountryPool {
  code: string;
  countryNames: readonly string[];
  given: readonly Spelled[];
  family: readonly Spelled[];
  /** Female form of a family name (Russian and Kazakh -ов/-ова). */
  feminine?: (family: Spelled) => Spelled;
  femaleGiven?: readonly Spelled[];
  cities: readonly Spelled[];
  streets: readonly string[];
  phone: (dice: Dice) => { e164: string; national: string; spaced: string };
  domains: readonly string[];
  /** How a name is written: given first, family first, or Chinese (family name first, no space). */
  order: 'givenFirst' | 'familyFirst' | 'chinese';
}

export class Dice {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
}

const russianFeminine = (family: Spelled): Spelled => {
  const [native, ...latin] = family;
  if (/(ов|ев|ин|ёв)$/.test(native)) return [`${native}а`, ...latin.map((l) => `${l}a`)];
  if (/ий$/.test(native)) return [native.replace(/ий$/, 'ая'), ...latin.map((l) => l.replace(/(iy|y|ii)$/, 'aya'))];
  return family;
};

const kzPhone = (dice: Dice) => {
  const code = dice.pick(['701', '702', '705', '707', '747', '771', '775', '777', '778']);
  const rest = dice.digits(7);
  return { e164: `+7${code}${rest}`, national: `8 (${code}) ${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}`, spaced: `+7 ${code} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}` };
};
const ruPhone = (dice: Dice) => {
  const code = dice.pick(['903', '905', '909', '915', '916', '925', '926', '985', '999']);
  const rest = dice.digits(7);
  return { e164: `+7${code}${rest}`, national: `8${code}${rest}`, spaced: `+7 (${code}) ${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}` };
};

export const POOLS: readonly CountryPool[] = [
  {
    code: 'KZ', countryNames: ['Казахстан', 'Қазақстан', 'KZ', 'Kazakhstan', 'РК'], order: 'givenFirst', phone: kzPhone, domains: ['mail.ru', 'gmail.com', 'inbox.kz', 'yandex.kz'],
    given: [['Ерлан', 'Erlan', 'Yerlan'], ['Нурлан', 'Nurlan'], ['Асхат', 'Askhat', 'Ashat'], ['Ержан', 'Erzhan', 'Yerzhan'], ['Тимур', 'Timur'], ['Даурен', 'Dauren'], ['Бауыржан', 'Bauyrzhan', 'Baurzhan'], ['Серік', 'Serik'], ['Айдос', 'Aidos', 'Aydos'], ['Нұрсұлтан', 'Nursultan'], ['Мақсат', 'Maksat', 'Maqsat'], ['Арман', 'Arman']],
    femaleGiven: [['Айгерим', 'Aigerim', 'Aygerim'], ['Әсел', 'Asel', 'Assel'], ['Динара', 'Dinara'], ['Жанар', 'Zhanar'], ['Гүлнар', 'Gulnar'], ['Салтанат', 'Saltanat'], ['Аружан', 'Aruzhan'], ['Мадина', 'Madina'], ['Жұлдыз', 'Zhuldyz'], ['Айдана', 'Aidana', 'Aydana'], ['Ботагөз', 'Botagoz'], ['Камила', 'Kamila']],
    family: [['Нурланов', 'Nurlanov'], ['Серіков', 'Serikov'], ['Қасымов', 'Kasymov', 'Qasymov'], ['Абенов', 'Abenov'], ['Ахметов', 'Akhmetov', 'Ahmetov'], ['Жұмабаев', 'Zhumabaev'], ['Оспанов', 'Ospanov'], ['Сәрсенбаев', 'Sarsenbaev', 'Sarsenbayev'], ['Мұқанов', 'Mukanov'], ['Ермеков', 'Ermekov', 'Yermekov'], ['Исаев', 'Isaev', 'Issayev'], ['Жақсылықов', 'Zhaksylykov'], ['Қожахметов', 'Kozhakhmetov'], ['Байжанов', 'Baizhanov'], ['Төлеуов', 'Toleuov']],
    feminine: russianFeminine,
    cities: [['Алматы', 'Almaty'], ['Астана', 'Astana'], ['Шымкент', 'Shymkent'], ['Қарағанды', 'Karaganda'], ['Ақтөбе', 'Aktobe']],
    streets: ['ул. Абая', 'пр. Достык', 'ул. Сатпаева', 'мкр. Самал-2', 'ул. Кабанбай батыра'],
  },
  {
    code: 'RU', countryNames: ['Россия', 'РФ', 'RU', 'Russia'], order: 'familyFirst', phone: ruPhone, domains: ['mail.ru', 'yandex.ru', 'gmail.com', 'inbox.ru', 'bk.ru'],
    given: [['Иван', 'Ivan'], ['Дмитрий', 'Dmitry', 'Dmitriy'], ['Александр', 'Alexander', 'Aleksandr'], ['Сергей', 'Sergey', 'Sergei'], ['Андрей', 'Andrey', 'Andrei'], ['Алексей', 'Alexey', 'Aleksei'], ['Михаил', 'Mikhail'], ['Павел', 'Pavel'], ['Николай', 'Nikolay', 'Nikolai'], ['Юрий', 'Yuri', 'Yuriy'], ['Роман', 'Roman'], ['Евгений', 'Evgeny', 'Yevgeniy']],
    femaleGiven: [['Мария', 'Maria', 'Mariya'], ['Анна', 'Anna'], ['Ольга', 'Olga'], ['Елена', 'Elena', 'Yelena'], ['Наталья', 'Natalya', 'Natalia'], ['Татьяна', 'Tatiana', 'Tatyana'], ['Светлана', 'Svetlana'], ['Юлия', 'Yulia', 'Yuliya'], ['Ксения', 'Ksenia', 'Kseniya'], ['Дарья', 'Daria', 'Darya'], ['Екатерина', 'Ekaterina', 'Yekaterina'], ['Ирина', 'Irina']],
    family: [['Иванов', 'Ivanov'], ['Смирнов', 'Smirnov'], ['Кузнецов', 'Kuznetsov'], ['Попов', 'Popov'], ['Соколов', 'Sokolov'], ['Лебедев', 'Lebedev'], ['Козлов', 'Kozlov'], ['Новиков', 'Novikov'], ['Морозов', 'Morozov'], ['Петров', 'Petrov'], ['Волков', 'Volkov'], ['Соловьёв', 'Solovyov', 'Soloviev'], ['Васильев', 'Vasiliev', 'Vasilyev'], ['Зайцев', 'Zaitsev', 'Zaytsev'], ['Фёдоров', 'Fedorov', 'Fyodorov'], ['Орлов', 'Orlov'], ['Егоров', 'Egorov', 'Yegorov']],
    feminine: russianFeminine,
    cities: [['Москва', 'Moscow', 'Moskva'], ['Санкт-Петербург', 'Saint Petersburg', 'St Petersburg'], ['Казань', 'Kazan'], ['Новосибирск', 'Novosibirsk'], ['Екатеринбург', 'Yekaterinburg']],
    streets: ['ул. Ленина', 'Тверская ул.', 'пр. Мира', 'ул. Гагарина', 'Невский пр.'],
  },
  {
    code: 'MN', countryNames: ['Монгол', 'Mongolia', 'MN', 'Монгол Улс'], order: 'familyFirst', domains: ['gmail.com', 'yahoo.com', 'mail.mn'],
    phone: (dice) => {
      const rest = `${dice.pick(['88', '89', '95', '99', '91', '80'])}${dice.digits(6)}`;
      return { e164: `+976${rest}`, national: rest, spaced: `+976 ${rest.slice(0, 4)} ${rest.slice(4)}` };
    },
    given: [['Бат-Эрдэнэ', 'Bat-Erdene', 'Baterdene'], ['Оюунчимэг', 'Oyunchimeg', 'Oyuunchimeg'], ['Ганзориг', 'Ganzorig'], ['Энхбаяр', 'Enkhbayar', 'Enhbayar'], ['Тэмүүлэн', 'Temuulen', 'Temuujin'], ['Мөнхбат', 'Munkhbat', 'Monkhbat'], ['Сарангэрэл', 'Sarangerel'], ['Нарантуяа', 'Narantuya', 'Narantuyaa'], ['Солонго', 'Solongo'], ['Анужин', 'Anujin', 'Anuzhin'], ['Уянга', 'Uyanga'], ['Болд', 'Bold'], ['Цэцэг', 'Tsetseg'], ['Номин', 'Nomin'], ['Ариунболд', 'Ariunbold']],
    family: [['Дорж', 'Dorj'], ['Ганбаатар', 'Ganbaatar', 'Ganbatar'], ['Баатар', 'Baatar'], ['Сүх', 'Sukh', 'Sukhe'], ['Очир', 'Ochir'], ['Пүрэв', 'Purev'], ['Цэрэн', 'Tseren'], ['Жаргал', 'Jargal'], ['Нямдорж', 'Nyamdorj'], ['Энхтөр', 'Enkhtur'], ['Лхагва', 'Lkhagva', 'Lhagva'], ['Гантулга', 'Gantulga']],
    cities: [['Улаанбаатар', 'Ulaanbaatar', 'Ulan Bator'], ['Дархан', 'Darkhan'], ['Эрдэнэт', 'Erdenet']],
    streets: ['Энхтайваны өргөн чөлөө', 'Сөүлийн гудамж', 'Чингисийн өргөн чөлөө', '3-р хороолол'],
  },
  {
    code: 'IR', countryNames: ['ایران', 'Iran', 'IR', 'Иран'], order: 'givenFirst', domains: ['gmail.com', 'yahoo.com'],
    phone: (dice) => {
      const rest = `9${dice.pick(['12', '13', '19', '35', '36', '01', '90'])}${dice.digits(7)}`;
      return { e164: `+98${rest}`, national: `0${rest}`, spaced: `+98 ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}` };
    },
    given: [['محمد', 'Mohammad', 'Mohammed'], ['علی', 'Ali'], ['رضا', 'Reza'], ['حسین', 'Hossein', 'Hosein'], ['مهدی', 'Mehdi', 'Mahdi'], ['امیر', 'Amir'], ['کامران', 'Kamran'], ['بهرام', 'Bahram'], ['آرش', 'Arash'], ['کیوان', 'Keyvan', 'Kayvan'], ['فرهاد', 'Farhad']],
    femaleGiven: [['مریم', 'Maryam'], ['زهرا', 'Zahra'], ['سارا', 'Sara'], ['کیانا', 'Kiana'], ['نگار', 'Negar'], ['پریسا', 'Parisa'], ['ترانه', 'Taraneh'], ['لیلا', 'Leila', 'Layla'], ['مهسا', 'Mahsa'], ['نیلوفر', 'Niloofar', 'Nilufar'], ['یاسمن', 'Yasaman', 'Yasmin']],
    family: [['رضایی', 'Rezaei', 'Rezaee'], ['حسینی', 'Hosseini', 'Hosseyni'], ['احمدی', 'Ahmadi'], ['محمدی', 'Mohammadi'], ['کریمی', 'Karimi'], ['موسوی', 'Mousavi', 'Musavi'], ['جعفری', 'Jafari', 'Jaafari'], ['صادقی', 'Sadeghi'], ['اکبری', 'Akbari'], ['نوری', 'Nouri', 'Noori'], ['طاهری', 'Taheri'], ['قاسمی', 'Ghasemi', 'Qasemi'], ['یزدانی', 'Yazdani'], ['نجفی', 'Najafi'], ['رحیمی', 'Rahimi']],
    cities: [['تهران', 'Tehran'], ['اصفهان', 'Isfahan', 'Esfahan'], ['شیراز', 'Shiraz'], ['مشهد', 'Mashhad'], ['تبریز', 'Tabriz']],
    streets: ['خیابان ولیعصر', 'خیابان انقلاب', 'خیابان آزادی', 'بلوار کشاورز'],
  },
  {
    code: 'CN', countryNames: ['中国', 'China', 'CN', '中华人民共和国'], order: 'chinese', domains: ['qq.com', '163.com', '126.com', 'sina.com'],
    phone: (dice) => {
      const rest = `1${dice.pick(['38', '39', '50', '86', '77', '35', '58'])}${dice.digits(8)}`;
      return { e164: `+86${rest}`, national: rest, spaced: `${rest.slice(0, 3)} ${rest.slice(3, 7)} ${rest.slice(7)}` };
    },
    given: [['伟', 'Wei'], ['芳', 'Fang'], ['静', 'Jing'], ['磊', 'Lei'], ['洋', 'Yang'], ['娜', 'Na'], ['敏', 'Min'], ['丽', 'Li'], ['子涵', 'Zihan'], ['欣怡', 'Xinyi'], ['秀英', 'Xiuying'], ['晨', 'Chen'], ['浩然', 'Haoran'], ['婷', 'Ting'], ['俊杰', 'Junjie'], ['雪', 'Xue']],
    family: [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['赵', 'Zhao'], ['黄', 'Huang'], ['周', 'Zhou'], ['吴', 'Wu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'], ['胡', 'Hu'], ['郭', 'Guo']],
    cities: [['上海', 'Shanghai'], ['北京', 'Beijing'], ['广州', 'Guangzhou'], ['杭州', 'Hangzhou'], ['深圳', 'Shenzhen']],
    streets: ['南京路', '长安街', '人民路', '中山路', '解放路'],
  },
  {
    code: 'US', countryNames: ['US', 'USA', 'United States'], order: 'givenFirst', domains: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
    phone: (dice) => {
      const rest = `${dice.pick(['212', '312', '415', '512', '617', '206'])}${dice.int(2, 9)}${dice.digits(6)}`;
      return { e164: `+1${rest}`, national: `(${rest.slice(0, 3)}) ${rest.slice(3, 6)}-${rest.slice(6)}`, spaced: `+1 ${rest.slice(0, 3)}-${rest.slice(3, 6)}-${rest.slice(6)}` };
    },
    given: [['John'], ['Michael'], ['David'], ['James'], ['Robert'], ['Daniel'], ['Matthew'], ['Christopher'], ['Andrew'], ['Joshua'], ['Steven'], ['Brian']],
    femaleGiven: [['Sarah'], ['Jennifer'], ['Jessica'], ['Emily'], ['Ashley'], ['Hannah'], ['Elizabeth'], ['Megan'], ['Rachel'], ['Lauren'], ['Nicole'], ['Amanda']],
    family: [['Smith'], ['Johnson'], ['Williams'], ['Brown'], ['Jones'], ['Miller'], ['Davis'], ['Garcia'], ['Wilson'], ['Anderson'], ['Taylor'], ['Thomas'], ['Moore'], ['Martin'], ['Clarke'], ["O'Connor"], ['Thompson'], ['White']],
    cities: [['New York'], ['Chicago'], ['San Francisco'], ['Austin'], ['Boston'], ['Seattle']],
    streets: ['Main St', 'Oak Ave', 'Maple Dr', 'Park Rd', '2nd St', 'Elm St'],
  },
];

interface Person {
  pool: CountryPool;
  given: Spelled;
  family: Spelled;
  phone: { e164: string; national: string; spaced: string } | null;
  email: string | null;
  city: Spelled;
  address: string;
}

const ARABIC_FORMS: Record<string, string> = { 'ی': 'ي', 'ک': 'ك' };
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

export function typo(dice: Dice, word: string): string {
  if (word.length < 4) return word;
  const at = dice.int(1, word.length - 2);
  const kind = dice.int(0, 2);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + word[at] + word.slice(at);
}

function fullName(person: Person, script: number, order: 'usual' | 'swapped', spaced = false): string {
  const pick = (spelled: Spelled) => spelled[Math.min(script, spelled.length - 1)]!;
  const given = pick(person.given);
  const family = pick(person.family);
  const latin = script > 0 && person.given.length > 1;
  if (person.pool.order === 'chinese' && !latin) return spaced ? `${family} ${given}` : `${family}${given}`;
  const familyFirst = (person.pool.order === 'familyFirst' || (person.pool.order === 'chinese' && latin && order === 'usual')) !== (order === 'swapped');
  return familyFirst ? `${family} ${given}` : `${given} ${family}`;
}

function emailUser(dice: Dice, person: Person, serial: number): string {
  const latin = (spelled: Spelled) => (spelled[1] ?? spelled[0]).toLowerCase().replace(/[^a-z]/g, '');
  if (person.pool.code === 'CN' && dice.chance(0.5)) return `${dice.int(10000000, 999999999)}`;
  return `${latin(person.given)}${dice.pick(['.', '_', ''])}${latin(person.family)}${serial}`;
}

function newPerson(dice: Dice, serial: number, pool = dice.pick(POOLS)): Person {
  const female = pool.femaleGiven !== undefined && dice.chance(0.5);
  const given = dice.pick(female ? pool.femaleGiven! : pool.given);
  const familyBase = dice.pick(pool.family);
  const family = female && pool.feminine ? pool.feminine(familyBase) : familyBase;
  const person: Person = { pool, given, family, phone: pool.phone(dice), email: null, city: dice.pick(pool.cities), address: `${dice.pick(pool.streets)}, ${dice.int(1, 150)}${dice.chance(0.5) ? `, кв. ${dice.int(1, 200)}` : ''}` };
  if (pool.code === 'US' || pool.code === 'CN' || pool.code === 'IR') person.address = `${dice.int(1, 999)} ${dice.pick(pool.streets)}`;
  person.email = dice.chance(0.85) ? `${emailUser(dice, person, serial)}@${dice.pick(pool.domains)}` : null;
  return person;
}

/** The row of a person as first entered. */
function originalRow(dice: Dice, person: Person): TestCell[] {
  const phone = person.phone ? dice.pick([person.phone.e164, person.phone.spaced, person.phone.national]) : '';
  return [
    fullName(person, 0, 'usual'),
    phone,
    person.email ?? '',
    person.city[0],
    dice.chance(0.8) ? dice.pick(person.pool.countryNames) : '',
    dice.chance(0.6) ? person.address : '',
  ];
}

/** The same person entered again, changed in a few ways real duplicates differ. */
function duplicateRow(dice: Dice, person: Person): TestCell[] {
  const row = originalRow(dice, person);
  const latinName = dice.chance(0.35) && person.given.length > 1;
  let name = fullName(person, latinName ? dice.int(1, 2) : 0, dice.chance(0.3) ? 'swapped' : 'usual', dice.chance(0.5));
  const change = dice.int(0, 5);
  if (change === 0) name = name.toUpperCase();
  else if (change === 1) name = name.toLowerCase();
  else if (change === 2) name = name.split(' ').map((word, i) => (i === 0 ? typo(dice, word) : word)).join(' ');
  else if (change === 3) name = ` ${name.replace(' ', '  ')} `;
  if (person.pool.code === 'IR' && !latinName && dice.chance(0.5)) name = name.replace(/[یک]/g, (ch) => ARABIC_FORMS[ch] ?? ch);
  if (person.pool.code === 'MN' && !latinName && dice.chance(0.2)) name = `${person.family[0].slice(0, 1)}.${person.given[0]}`;
  row[0] = name;
  if (person.phone) {
    const p = person.phone;
    row[1] = dice.chance(0.1) ? '' : dice.pick([p.e164, p.national, p.spaced, p.national.replace(/\D/g, '')]);
    if (person.pool.code === 'IR' && dice.chance(0.3)) row[1] = String(row[1]).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!);
  }
  if (person.email) {
    let email = person.email;
    const kind = dice.int(0, 6);
    if (kind === 0) email = email.toUpperCase();
    else if (kind === 1) email = email.replace('gmail.com', 'gmial.com').replace('mail.ru', 'mial.ru').replace('yandex', 'yandx');
    else if (kind === 2) email = '';
    else if (kind === 3 && email.endsWith('@gmail.com')) email = email.replace('@', '+shop@');
    row[2] = email;
  }
  if (dice.chance(0.3) && person.city.length > 1) row[3] = dice.pick(person.city.slice(1));
  else if (dice.chance(0.1)) row[3] = '';
  return row;
}

/**
 * `count` rows (about: duplicates and families are added as whole groups), shuffled. About
 * `duplicateShare` of the people appear two or three times; a few percent are families sharing
 * a contact, and some names repeat in other cities with other contacts (namesakes).
 */
export function multilingualTestSet(count: number, seed = 1, duplicateShare = 0.2): DedupeTestSet {
  const dice = new Dice(seed);
  const rows: { cells: TestCell[]; entity: string; family?: string; namesake?: string }[] = [];
  let serial = 0;
  while (rows.length < count) {
    serial++;
    const person = newPerson(dice, serial);
    const entity = `p${serial}`;
    rows.push({ cells: originalRow(dice, person), entity });
    if (dice.chance(duplicateShare)) {
      const copies = dice.chance(0.2) ? 2 : 1;
      for (let c = 0; c < copies; c++) rows.push({ cells: duplicateRow(dice, person), entity });
    }
    if (dice.chance(0.04)) {
      // A family member: same family name (in its right form), other first name, shares one contact.
      serial++;
      const relative = newPerson(dice, serial, person.pool);
      relative.family = person.family;
      relative.city = person.city;
      const shared = dice.int(0, 2);
      if (shared === 0) relative.phone = person.phone;
      if (shared === 1 && person.email) relative.email = person.email;
      relative.address = person.address;
      const cells = originalRow(dice, relative);
      if (shared === 2) cells[5] = person.address;
      if (relative.given[0] !== person.given[0]) rows.push({ cells, entity: `p${serial}`, family: entity });
    }
    if (dice.chance(0.03)) {
      // A namesake: the same name, another city, other contacts.
      serial++;
      const namesake = newPerson(dice, serial, person.pool);
      namesake.given = person.given;
      namesake.family = person.family;
      namesake.city = dice.pick(person.pool.cities.filter((city) => city !== person.city));
      rows.push({ cells: originalRow(dice, namesake), entity: `p${serial}`, namesake: entity });
    }
  }
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = dice.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const shuffled = order.map((i) => rows[i]!);
  const firstRowOf = new Map<string, number>();
  shuffled.forEach((row, i) => firstRowOf.has(row.entity) || firstRowOf.set(row.entity, i));
  const hardNegatives: [number, number][] = [];
  shuffled.forEach((row, i) => {
    const other = row.family ?? row.namesake;
    const j = other === undefined ? undefined : firstRowOf.get(other);
    if (j !== undefined) hardNegatives.push([Math.min(i, j), Math.max(i, j)]);
  });
  return { table: [[...TEST_SET_HEADER], ...shuffled.map((row) => row.cells)], entity: shuffled.map((row) => row.entity), hardNegatives };
}
