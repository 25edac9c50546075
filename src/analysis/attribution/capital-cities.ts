// Capitals that news uses for their governments ("Beijing urged", "Moscow said"), where the name
// finder may miss the place at the start of a sentence. Written by hand from general knowledge.
const CAPITALS =
  'Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Ashgabat|' +
  'Asmara|Astana|Athens|Baghdad|Baku|Bamako|Bangkok|Bangui|Beijing|Beirut|Belgrade|Berlin|' +
  'Bern|Bishkek|Bogota|Bogotá|Brasilia|Brasília|Bratislava|Brazzaville|Brussels|Bucharest|' +
  'Budapest|Buenos Aires|Cairo|Canberra|Caracas|Chisinau|Colombo|Conakry|Copenhagen|Dakar|' +
  'Damascus|Dhaka|Doha|Dublin|Dushanbe|Hanoi|Harare|Havana|Helsinki|Islamabad|Jakarta|' +
  'Jerusalem|Juba|Kabul|Kampala|Kathmandu|Khartoum|Kiev|Kigali|Kinshasa|Kuala Lumpur|Kuwait City|' +
  'Kyiv|Lima|Lisbon|Ljubljana|London|Luanda|Madrid|Managua|Manila|Maputo|Mexico City|Minsk|' +
  'Mogadishu|Moscow|Muscat|Nairobi|Naypyidaw|New Delhi|Niamey|Nicosia|Nouakchott|Oslo|Ottawa|' +
  'Ouagadougou|Paris|Phnom Penh|Prague|Pretoria|Pristina|Pyongyang|Quito|Rabat|Riga|Riyadh|' +
  'Rome|Sanaa|Santiago|Sarajevo|Seoul|Skopje|Sofia|Stockholm|Taipei|Tallinn|Tashkent|Tbilisi|' +
  'Tegucigalpa|Tehran|Tirana|Tokyo|Tripoli|Tunis|Ulaanbaatar|Vienna|Vilnius|Warsaw|Washington|' +
  'Wellington|Windhoek|Yaounde|Yaoundé|Yerevan|Zagreb';

/** A capital city's name at the start of `text`, when it opens with one. */
export const LEADING_CAPITAL = new RegExp(String.raw`^(?:${CAPITALS})(?![\p{L}-])`, 'u');
