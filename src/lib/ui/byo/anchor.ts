// The address fragment that opens "Lägg till egen data" where the panel is (the map, the comparison), so another page
// can link straight to it: `/#egen-data`, `/jamfor#egen-data`.
export const BYO_ANCHOR = 'egen-data';
