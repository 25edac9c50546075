// News outlets known around the world by name. An article that names one almost always means the
// newsroom, even outside the shapes that cite it ("told Al Jazeera that …", "Al Jazeera reported").
// A listed body that is no media outlet and bears the same name (UK SYR0297, a Syrian transport
// company with the alias "El Jazeera") is then a namesake: the hit stays, as partial, with the
// reason. Listed media (Al-Manar, Press TV, RT) keep their matches through isMediaListing.
// Source: Wikipedia, "List of news agencies" and "List of international broadcasters"
// (read 2026-12), and the outlets cited in test/gold/articles; kept to names with one clear meaning.
import { nameKey } from '../../names/index.ts';

const OUTLETS: readonly string[] = [
  // Wire services and agencies
  'Reuters',
  'Associated Press',
  'Agence France-Presse',
  'AFP',
  'Bloomberg',
  'Xinhua',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Anadolu Agency',
  'Yonhap',
  'Kyodo News',
  'IRNA',
  'Tasnim',
  'Fars News Agency',
  'Mehr News Agency',
  'Pajhwok Afghan News',
  'Bakhtar News Agency',
  'Saudi Press Agency',
  'Emirates News Agency',
  'Qatar News Agency',
  'Petra News Agency',
  'Middle East News Agency',
  'Press Trust of India',
  'Associated Press of Pakistan',
  // Broadcasters
  'Al Jazeera',
  'Al Jazeera English',
  'Al Arabiya',
  'Al-Hadath',
  'Al Mayadeen',
  'Sky News',
  'Sky News Arabia',
  'BBC',
  'BBC News',
  'BBC Persian',
  'BBC Pashto',
  'BBC Arabic',
  'CNN',
  'France 24',
  'Deutsche Welle',
  'Euronews',
  'NHK',
  'Voice of America',
  'Radio Free Europe',
  'Radio Liberty',
  'Radio Free Europe/Radio Liberty',
  'Radio Azadi',
  'TOLOnews',
  'Ariana News',
  'Amu TV',
  'Afghanistan International',
  'Iran International',
  'Geo News',
  'NPR',
  'CBS News',
  'NBC News',
  'ABC News',
  'Fox News',
  'CNBC',
  'Channel 4 News',
  'ITV News',
  // Newspapers and online newsrooms
  'The New York Times',
  'The Washington Post',
  'The Wall Street Journal',
  'The Guardian',
  'The Times',
  'The Telegraph',
  'Financial Times',
  'The Economist',
  'Le Monde',
  'Der Spiegel',
  'El País',
  'Haaretz',
  'The Times of Israel',
  'The Jerusalem Post',
  'Asharq Al-Awsat',
  'The National',
  'Gulf News',
  'Arab News',
  'Middle East Eye',
  'The New Arab',
  'Al-Quds Al-Arabi',
  'Dawn',
  'Kabul Now',
  'Hiiraan Online',
  'Garowe Online',
  'Politico',
  'Axios',
];

/** The name's key without a leading article: "The Guardian" and "Guardian" are one outlet. */
const outletKey = (name: string): string => nameKey(name).replace(/^the /u, '');

const OUTLET_KEYS = new Set(OUTLETS.map(outletKey));

/** True when `name` is that of a news outlet known around the world ("Al Jazeera", "Reuters"). */
export function isKnownNewsOutlet(name: string): boolean {
  return OUTLET_KEYS.has(outletKey(name));
}
