/**
 * Where demo buyers come from: countries of Power Cozmo's markets with names, mobile number
 * patterns (national number: digits as written, N = 2–9, X = 0–9), web domains and legal forms.
 */
export interface NamePool {
  first: readonly string[];
  last: readonly string[];
}

export interface DemoCountry {
  code: string;
  weight: number;
  callingCode: string;
  mobilePatterns: readonly string[];
  /** Domain ending of local companies. */
  tld: string;
  names: NamePool;
  /** Legal forms written after the company name ('' for none). */
  legalForms: readonly string[];
  companyPrefixes: readonly string[];
}

const arabic: NamePool = {
  first: [
    'Ahmed', 'Mohammed', 'Omar', 'Khalid', 'Faisal', 'Hamad', 'Abdullah', 'Saeed', 'Yousef', 'Tariq', 'Rashid',
    'Sultan', 'Nasser', 'Majid', 'Hassan', 'Ali', 'Fatima', 'Aisha', 'Mariam', 'Noura', 'Layla', 'Huda', 'Reem',
    'Salma', 'Hind', 'Amal',
  ],
  last: [
    'Al Mansouri', 'Al Hashimi', 'Al Qahtani', 'Al Otaibi', 'Al Shamsi', 'Al Mazrouei', 'Al Kuwari', 'Al Harbi',
    'Al Dosari', 'Al Balushi', 'Al Khalifa', 'Haddad', 'Khoury', 'Nasser', 'Al-Sayed', 'Abdelrahman', 'Farouk',
    'Mahmoud', 'Al Zahrani', 'bin Saleh',
  ],
};
const egyptian: NamePool = {
  first: ['Mahmoud', 'Mostafa', 'Karim', 'Amr', 'Sherif', 'Youssef', 'Mona', 'Nour', 'Dina', 'Heba', 'Yasmin', 'Ahmed'],
  last: ['El-Sayed', 'Abdelaziz', 'Hassan', 'Farouk', 'Ibrahim', 'Mansour', 'Soliman', 'Fahmy', 'Naguib', 'Ragab'],
};
const turkish: NamePool = {
  first: ['Mehmet', 'Ayşe', 'Emre', 'Elif', 'Burak', 'Zeynep', 'Mustafa', 'Fatma', 'Can', 'Selin'],
  last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Arslan', 'Doğan', 'Aydın', 'Koç'],
};
const german: NamePool = {
  first: ['Lukas', 'Anna', 'Jonas', 'Katrin', 'Stefan', 'Julia', 'Markus', 'Sabine', 'Thomas', 'Lena', 'Jürgen'],
  last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter'],
};
const british: NamePool = {
  first: ['James', 'Oliver', 'Emma', 'Charlotte', 'George', 'Sophie', 'William', 'Hannah', 'Harry', 'Amelia', 'Sean'],
  last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', "O'Brien", 'McDonald', 'Patel'],
};
const french: NamePool = {
  first: ['Jean', 'Marie', 'Pierre', 'Camille', 'Nicolas', 'Élodie', 'Julien', 'Chloé', 'François', 'Inès'],
  last: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Lefèvre', 'Girard', 'de la Fontaine', 'Rousseau', 'Fournier'],
};
const italian: NamePool = {
  first: ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Matteo', 'Sara', 'Davide', 'Elena'],
  last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Ricci', 'Marino', 'Greco', 'Conti'],
};
const spanish: NamePool = {
  first: ['Javier', 'Lucía', 'Carlos', 'Carmen', 'Alejandro', 'Sofía', 'Miguel', 'Elena', 'Pablo', 'Marta'],
  last: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Díaz', 'Moreno'],
};
const dutch: NamePool = {
  first: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Jeroen', 'Eva', 'Pieter', 'Femke', 'Ruud', 'Anouk'],
  last: ['de Vries', 'van Dijk', 'Jansen', 'Bakker', 'Visser', 'van den Berg', 'Smit', 'de Jong', 'Mulder', 'Bos'],
};
const norwegian: NamePool = {
  first: ['Lars', 'Ingrid', 'Erik', 'Kari', 'Magnus', 'Sigrid', 'Ole', 'Nora', 'Henrik', 'Astrid'],
  last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Berg', 'Haugen', 'Nilsen', 'Solberg', 'Dahl'],
};
const polish: NamePool = {
  first: ['Piotr', 'Anna', 'Krzysztof', 'Katarzyna', 'Tomasz', 'Agnieszka', 'Paweł', 'Magdalena', 'Michał', 'Ewa'],
  last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski'],
};
const southAsian: NamePool = {
  first: ['Rahul', 'Priya', 'Amit', 'Anjali', 'Vikram', 'Sneha', 'Arjun', 'Deepa', 'Sanjay', 'Kavya', 'Rohan', 'Meera'],
  last: ['Sharma', 'Patel', 'Singh', 'Kumar', 'Reddy', 'Iyer', 'Gupta', 'Nair', 'Mehta', 'Joshi', 'Rao', 'Desai'],
};
const pakistani: NamePool = {
  first: ['Imran', 'Ayesha', 'Bilal', 'Sana', 'Usman', 'Hina', 'Faisal', 'Zainab', 'Hamza', 'Maryam'],
  last: ['Khan', 'Qureshi', 'Malik', 'Butt', 'Chaudhry', 'Sheikh', 'Akhtar', 'Siddiqui', 'Raza', 'Mirza'],
};
const chinese: NamePool = {
  first: ['Wei', 'Fang', 'Jun', 'Li Na', 'Hao', 'Xiuying', 'Ming', 'Jing', 'Lei', 'Yan', 'Tao', 'Xin'],
  last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
};
const japanese: NamePool = {
  first: ['Haruto', 'Yui', 'Takeshi', 'Sakura', 'Kenji', 'Aiko', 'Hiroshi', 'Yuki', 'Daisuke', 'Naomi'],
  last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
};
const korean: NamePool = {
  first: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Hyun-woo', 'Ji-woo', 'Sung-min', 'Eun-ji', 'Dong-hyun', 'Soo-ah'],
  last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
};
const malay: NamePool = {
  first: ['Ahmad', 'Siti', 'Hafiz', 'Nurul', 'Rizal', 'Aisyah', 'Farid', 'Azlina', 'Wei Ling', 'Kumar'],
  last: ['Abdullah', 'Rahman', 'Ismail', 'Hassan', 'Tan', 'Lim', 'Wong', 'Ibrahim', 'Yusof', 'Ong'],
};
const singaporean: NamePool = {
  first: ['Wei Jie', 'Hui Min', 'Jun Hao', 'Xin Yi', 'Darren', 'Rachel', 'Siti', 'Rajesh', 'Priya', 'Marcus'],
  last: ['Tan', 'Lim', 'Ng', 'Wong', 'Lee', 'Goh', 'Chua', 'Koh', 'Teo', 'Nair'],
};
const indonesian: NamePool = {
  first: ['Budi', 'Dewi', 'Agus', 'Putri', 'Eko', 'Sri', 'Rizky', 'Ayu', 'Hendra', 'Indah'],
  last: ['Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Kusuma', 'Pratama', 'Setiawan', 'Nugroho', 'Halim', 'Gunawan'],
};
const nigerian: NamePool = {
  first: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Amina', 'Ifeanyi', 'Yetunde'],
  last: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Ibrahim', 'Nwosu', 'Bello', 'Adebayo', 'Obi'],
};
const kenyan: NamePool = {
  first: ['Brian', 'Wanjiru', 'Kevin', 'Achieng', 'David', 'Njeri', 'Collins', 'Akinyi', 'Peter', 'Mercy'],
  last: ['Kamau', 'Otieno', 'Mwangi', 'Wanjiku', 'Ochieng', 'Kiprop', 'Njoroge', 'Mutua', 'Kariuki', 'Wambui'],
};
const southAfrican: NamePool = {
  first: ['Thabo', 'Naledi', 'Sipho', 'Lerato', 'Pieter', 'Annelie', 'Johan', 'Zanele', 'Bongani', 'Elize'],
  last: ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Mokoena', 'Naidoo', 'Khumalo', 'Pretorius', 'Ndlovu', 'Venter'],
};
const moroccan: NamePool = {
  first: ['Youssef', 'Fatima Zahra', 'Mehdi', 'Salma', 'Hamza', 'Khadija', 'Amine', 'Imane', 'Rachid', 'Sanae'],
  last: ['Benali', 'El Idrissi', 'Alaoui', 'Bennani', 'Tazi', 'Chraibi', 'El Amrani', 'Berrada', 'Fassi', 'Lahlou'],
};
const northAmerican: NamePool = {
  first: ['Michael', 'Jennifer', 'David', 'Sarah', 'Robert', 'Jessica', 'Daniel', 'Emily', 'Christopher', 'Ashley', 'Kevin'],
  last: ['Johnson', 'Miller', 'Davis', 'Rodriguez', 'Anderson', 'Thompson', 'Clark', 'Walker', 'Nguyen', 'Mitchell', 'Campbell'],
};
const brazilian: NamePool = {
  first: ['João', 'Ana', 'Pedro', 'Beatriz', 'Lucas', 'Mariana', 'Rafael', 'Camila', 'Gustavo', 'Larissa'],
  last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'dos Santos', 'Almeida', 'Carvalho', 'Ribeiro'],
};
const hispanicAmerican: NamePool = {
  first: ['Juan', 'María', 'José', 'Guadalupe', 'Andrés', 'Valentina', 'Diego', 'Camila', 'Santiago', 'Daniela'],
  last: ['Hernández', 'González', 'Rodríguez', 'Ramírez', 'Torres', 'Flores', 'Vargas', 'Castro', 'Ortiz', 'Morales'],
};

const gulfPrefixes = ['Al Noor', 'Emirates', 'Gulf', 'Arabian', 'Desert Star', 'Al Fajr', 'Falcon', 'Oasis', 'Al Bahar', 'Peninsula'];
const levantPrefixes = ['Nile', 'Delta', 'Pharaoh', 'Levant', 'Mesopotamia', 'Tigris', 'Petra', 'Crescent', 'Sinai', 'Orient'];
const europePrefixes = ['Nordwind', 'Rhein', 'Atlas', 'Meridian', 'Alpine', 'Northern', 'Helios', 'Vulcan', 'Baltic', 'Iberia'];
const asiaPrefixes = ['Sino', 'Pacific', 'Orient', 'Sunrise', 'Lotus', 'Dragon', 'Indus', 'Sakura', 'Harmony', 'Golden Bridge'];
const africaPrefixes = ['Savanna', 'Kilimanjaro', 'Niger Delta', 'Cape', 'Sahel', 'Baobab', 'Zambezi', 'Atlas', 'Rift Valley', 'Ubuntu'];
const americasPrefixes = ['Lone Star', 'Pioneer', 'Keystone', 'Andes', 'Amazonia', 'Frontier', 'Summit', 'Great Lakes', 'Gulf Coast', 'Patagonia'];

const gulfLegal = ['LLC', 'L.L.C.', 'FZE', 'FZCO', 'W.L.L.', 'Est.', ''];

export const demoCountries: readonly DemoCountry[] = [
  { code: 'AE', weight: 14, callingCode: '971', mobilePatterns: ['50XXXXXXX', '52XXXXXXX', '54XXXXXXX', '55XXXXXXX', '56XXXXXXX', '58XXXXXXX'], tld: 'ae', names: arabic, legalForms: gulfLegal, companyPrefixes: gulfPrefixes },
  { code: 'SA', weight: 12, callingCode: '966', mobilePatterns: ['50XXXXXXX', '53XXXXXXX', '54XXXXXXX', '55XXXXXXX', '56XXXXXXX', '59XXXXXXX'], tld: 'com.sa', names: arabic, legalForms: ['Co.', 'Est.', 'LLC', ''], companyPrefixes: gulfPrefixes },
  { code: 'QA', weight: 4, callingCode: '974', mobilePatterns: ['33XXXXXX', '55XXXXXX', '66XXXXXX', '70XXXXXX', '77XXXXXX'], tld: 'qa', names: arabic, legalForms: ['W.L.L.', 'LLC', ''], companyPrefixes: gulfPrefixes },
  { code: 'KW', weight: 3, callingCode: '965', mobilePatterns: ['50XXXXXX', '55XXXXXX', '66XXXXXX', '90XXXXXX', '97XXXXXX', '99XXXXXX'], tld: 'com.kw', names: arabic, legalForms: ['W.L.L.', 'Co.', ''], companyPrefixes: gulfPrefixes },
  { code: 'OM', weight: 3, callingCode: '968', mobilePatterns: ['91XXXXXX', '92XXXXXX', '95XXXXXX', '96XXXXXX', '99XXXXXX', '72XXXXXX'], tld: 'om', names: arabic, legalForms: ['LLC', 'SAOG', ''], companyPrefixes: gulfPrefixes },
  { code: 'BH', weight: 2, callingCode: '973', mobilePatterns: ['33XXXXXX', '34XXXXXX', '36XXXXXX', '39XXXXXX'], tld: 'com.bh', names: arabic, legalForms: ['W.L.L.', 'B.S.C.', ''], companyPrefixes: gulfPrefixes },
  { code: 'EG', weight: 4, callingCode: '20', mobilePatterns: ['10XXXXXXXX', '11XXXXXXXX', '12XXXXXXXX', '15XXXXXXXX'], tld: 'com.eg', names: egyptian, legalForms: ['S.A.E.', 'LLC', ''], companyPrefixes: levantPrefixes },
  { code: 'JO', weight: 1, callingCode: '962', mobilePatterns: ['790XXXXXX', '795XXXXXX', '797XXXXXX', '770XXXXXX', '775XXXXXX', '780XXXXXX', '785XXXXXX'], tld: 'jo', names: arabic, legalForms: ['LLC', 'PSC', ''], companyPrefixes: levantPrefixes },
  { code: 'IQ', weight: 2, callingCode: '964', mobilePatterns: ['750XXXXXXX', '770XXXXXXX', '771XXXXXXX', '780XXXXXXX', '790XXXXXXX'], tld: 'iq', names: arabic, legalForms: ['LLC', 'Co.', ''], companyPrefixes: levantPrefixes },
  { code: 'TR', weight: 3, callingCode: '90', mobilePatterns: ['530XXXXXXX', '532XXXXXXX', '533XXXXXXX', '535XXXXXXX', '542XXXXXXX', '505XXXXXXX', '555XXXXXXX'], tld: 'com.tr', names: turkish, legalForms: ['A.Ş.', 'Ltd. Şti.'], companyPrefixes: levantPrefixes },
  { code: 'DE', weight: 4, callingCode: '49', mobilePatterns: ['151XXXXXXXX', '152XXXXXXXX', '160XXXXXXXX', '170XXXXXXXX', '171XXXXXXXX', '176XXXXXXXX', '179XXXXXXXX'], tld: 'de', names: german, legalForms: ['GmbH', 'AG', 'GmbH & Co. KG'], companyPrefixes: europePrefixes },
  { code: 'GB', weight: 4, callingCode: '44', mobilePatterns: ['7712XXXXXX', '7745XXXXXX', '7900XXXXXX', '7946XXXXXX', '7810XXXXXX', '7888XXXXXX', '7400XXXXXX', '7538XXXXXX'], tld: 'co.uk', names: british, legalForms: ['Ltd', 'Limited', 'plc'], companyPrefixes: europePrefixes },
  { code: 'FR', weight: 2, callingCode: '33', mobilePatterns: ['60XXXXXXX', '61XXXXXXX', '62XXXXXXX', '64XXXXXXX', '66XXXXXXX', '67XXXXXXX', '75XXXXXXX', '77XXXXXXX'], tld: 'fr', names: french, legalForms: ['SA', 'SAS', 'SARL'], companyPrefixes: europePrefixes },
  { code: 'IT', weight: 2, callingCode: '39', mobilePatterns: ['320XXXXXXX', '328XXXXXXX', '333XXXXXXX', '335XXXXXXX', '340XXXXXXX', '347XXXXXXX', '349XXXXXXX', '388XXXXXXX'], tld: 'it', names: italian, legalForms: ['S.p.A.', 'S.r.l.'], companyPrefixes: europePrefixes },
  { code: 'ES', weight: 2, callingCode: '34', mobilePatterns: ['60XXXXXXX', '61XXXXXXX', '62XXXXXXX', '63XXXXXXX', '65XXXXXXX', '66XXXXXXX', '67XXXXXXX', '69XXXXXXX'], tld: 'es', names: spanish, legalForms: ['S.A.', 'S.L.'], companyPrefixes: europePrefixes },
  { code: 'NL', weight: 2, callingCode: '31', mobilePatterns: ['61XXXXXXX', '62XXXXXXX', '63XXXXXXX', '64XXXXXXX', '65XXXXXXX'], tld: 'nl', names: dutch, legalForms: ['B.V.', 'N.V.'], companyPrefixes: europePrefixes },
  { code: 'NO', weight: 2, callingCode: '47', mobilePatterns: ['40XXXXXX', '41XXXXXX', '46XXXXXX', '47XXXXXX', '48XXXXXX', '90XXXXXX', '92XXXXXX', '95XXXXXX', '98XXXXXX'], tld: 'no', names: norwegian, legalForms: ['AS', 'ASA'], companyPrefixes: europePrefixes },
  { code: 'PL', weight: 1, callingCode: '48', mobilePatterns: ['50XXXXXXX', '51XXXXXXX', '53XXXXXXX', '57XXXXXXX', '60XXXXXXX', '66XXXXXXX', '69XXXXXXX', '72XXXXXXX', '78XXXXXXX', '88XXXXXXX'], tld: 'pl', names: polish, legalForms: ['Sp. z o.o.', 'S.A.'], companyPrefixes: europePrefixes },
  { code: 'IN', weight: 7, callingCode: '91', mobilePatterns: ['98XXXXXXXX', '99XXXXXXXX', '97XXXXXXXX', '96XXXXXXXX', '94XXXXXXXX', '93XXXXXXXX', '90XXXXXXXX', '88XXXXXXXX', '70XXXXXXXX', '81XXXXXXXX'], tld: 'in', names: southAsian, legalForms: ['Pvt. Ltd.', 'Ltd.', 'LLP'], companyPrefixes: asiaPrefixes },
  { code: 'PK', weight: 2, callingCode: '92', mobilePatterns: ['300XXXXXXX', '301XXXXXXX', '321XXXXXXX', '333XXXXXXX', '345XXXXXXX'], tld: 'com.pk', names: pakistani, legalForms: ['(Pvt.) Ltd.', 'Ltd.'], companyPrefixes: asiaPrefixes },
  { code: 'CN', weight: 5, callingCode: '86', mobilePatterns: ['138XXXXXXXX', '139XXXXXXXX', '136XXXXXXXX', '135XXXXXXXX', '150XXXXXXXX', '186XXXXXXXX', '188XXXXXXXX', '177XXXXXXXX'], tld: 'cn', names: chinese, legalForms: ['Co., Ltd.', 'Group Co., Ltd.'], companyPrefixes: asiaPrefixes },
  { code: 'JP', weight: 2, callingCode: '81', mobilePatterns: ['901XXXXXXX', '903XXXXXXX', '905XXXXXXX', '908XXXXXXX', '801XXXXXXX', '805XXXXXXX', '701XXXXXXX'], tld: 'co.jp', names: japanese, legalForms: ['K.K.', 'Co., Ltd.'], companyPrefixes: asiaPrefixes },
  { code: 'KR', weight: 2, callingCode: '82', mobilePatterns: ['102XXXXXXX', '103XXXXXXX', '104XXXXXXX', '106XXXXXXX', '108XXXXXXX', '109XXXXXXX'], tld: 'co.kr', names: korean, legalForms: ['Co., Ltd.', 'Corp.'], companyPrefixes: asiaPrefixes },
  { code: 'SG', weight: 2, callingCode: '65', mobilePatterns: ['81XXXXXX', '83XXXXXX', '85XXXXXX', '87XXXXXX', '91XXXXXX', '93XXXXXX', '96XXXXXX', '98XXXXXX'], tld: 'com.sg', names: singaporean, legalForms: ['Pte. Ltd.', 'Ltd.'], companyPrefixes: asiaPrefixes },
  { code: 'MY', weight: 2, callingCode: '60', mobilePatterns: ['12XXXXXXX', '16XXXXXXX', '19XXXXXXX', '171XXXXXX', '135XXXXXX'], tld: 'com.my', names: malay, legalForms: ['Sdn. Bhd.', 'Bhd.'], companyPrefixes: asiaPrefixes },
  { code: 'ID', weight: 2, callingCode: '62', mobilePatterns: ['812XXXXXXXX', '813XXXXXXXX', '821XXXXXXXX', '822XXXXXXXX', '852XXXXXXXX', '857XXXXXXXX', '878XXXXXXXX'], tld: 'co.id', names: indonesian, legalForms: ['Tbk', ''], companyPrefixes: asiaPrefixes },
  { code: 'NG', weight: 4, callingCode: '234', mobilePatterns: ['803XXXXXXX', '806XXXXXXX', '813XXXXXXX', '816XXXXXXX', '703XXXXXXX', '706XXXXXXX', '903XXXXXXX', '905XXXXXXX', '802XXXXXXX', '808XXXXXXX'], tld: 'com.ng', names: nigerian, legalForms: ['Ltd', 'Limited', 'Plc'], companyPrefixes: africaPrefixes },
  { code: 'KE', weight: 2, callingCode: '254', mobilePatterns: ['70XXXXXXX', '71XXXXXXX', '72XXXXXXX', '74XXXXXXX', '79XXXXXXX'], tld: 'co.ke', names: kenyan, legalForms: ['Ltd', 'Limited'], companyPrefixes: africaPrefixes },
  { code: 'ZA', weight: 2, callingCode: '27', mobilePatterns: ['82XXXXXXX', '83XXXXXXX', '84XXXXXXX', '72XXXXXXX', '73XXXXXXX', '76XXXXXXX', '79XXXXXXX', '61XXXXXXX'], tld: 'co.za', names: southAfrican, legalForms: ['(Pty) Ltd', 'Ltd'], companyPrefixes: africaPrefixes },
  { code: 'MA', weight: 1, callingCode: '212', mobilePatterns: ['61XXXXXXX', '62XXXXXXX', '66XXXXXXX', '67XXXXXXX', '70XXXXXXX', '76XXXXXXX', '77XXXXXXX'], tld: 'ma', names: moroccan, legalForms: ['S.A.', 'SARL'], companyPrefixes: africaPrefixes },
  { code: 'US', weight: 5, callingCode: '1', mobilePatterns: ['212NXXXXXX', '713NXXXXXX', '281NXXXXXX', '832NXXXXXX', '415NXXXXXX', '312NXXXXXX', '214NXXXXXX', '617NXXXXXX'], tld: 'com', names: northAmerican, legalForms: ['Inc.', 'LLC', 'Corp.'], companyPrefixes: americasPrefixes },
  { code: 'CA', weight: 2, callingCode: '1', mobilePatterns: ['416NXXXXXX', '604NXXXXXX', '403NXXXXXX', '587NXXXXXX', '780NXXXXXX', '514NXXXXXX'], tld: 'ca', names: northAmerican, legalForms: ['Inc.', 'Ltd.', 'Corp.'], companyPrefixes: americasPrefixes },
  { code: 'BR', weight: 2, callingCode: '55', mobilePatterns: ['119XXXXXXXX', '219XXXXXXXX', '319XXXXXXXX', '419XXXXXXXX', '619XXXXXXXX', '719XXXXXXXX'], tld: 'com.br', names: brazilian, legalForms: ['Ltda.', 'S.A.'], companyPrefixes: americasPrefixes },
  { code: 'MX', weight: 1, callingCode: '52', mobilePatterns: ['55NXXXXXXX', '81NXXXXXXX', '33NXXXXXXX'], tld: 'com.mx', names: hispanicAmerican, legalForms: ['S.A. de C.V.', 'S. de R.L.'], companyPrefixes: americasPrefixes },
  { code: 'CO', weight: 1, callingCode: '57', mobilePatterns: ['300XXXXXXX', '310XXXXXXX', '311XXXXXXX', '312XXXXXXX', '315XXXXXXX', '320XXXXXXX'], tld: 'com.co', names: hispanicAmerican, legalForms: ['S.A.S.', 'S.A.'], companyPrefixes: americasPrefixes },
  { code: 'AU', weight: 2, callingCode: '61', mobilePatterns: ['40XXXXXXX', '41XXXXXXX', '42XXXXXXX', '43XXXXXXX', '46XXXXXXX'], tld: 'com.au', names: british, legalForms: ['Pty Ltd', 'Ltd'], companyPrefixes: americasPrefixes },
];
