// Raw files that are unchanged copies of a file at a pinned commit of a public repository: where to fetch each and
// the sha256 it must have. Files made for the mirror (crosswalks, extracts, cleaned geometry) have no public address.

export interface Download {
	/** Path under the mirror root (data/raw). */
	file: string;
	url: string;
	sha256: string;
}

const gh = (repo: string, commit: string, path: string) => `https://raw.githubusercontent.com/${repo}/${commit}/${path}`;
const KTH = 'KTHHealthData/stockholm-stadsdelar';
const KTH_AT = 'd52d2d07e1f008f24b0644f26dc04c777f7cfe19';
const SOCIO = 'addegezon/deso_socioeconomic_index';
const MUMBO = 'Mumbokatten/diversity_renovation_study';
const MUMBO_AT = 'd76b041e66e3a51d91186f712b4d033d0e354f74';

export const DOWNLOADS: Download[] = [
	{
		file: 'geo/kthhealthdata_stockholm_stadsdelar/geojson/simplified/stadsdelar.geo.json',
		url: gh(KTH, KTH_AT, 'geojson/simplified/stadsdelar.geo.json'),
		sha256: 'fda1827771f247766363e84aa50b648b2c4a0ce28cff912a4880e56303499613'
	},
	{
		file: 'geo/kthhealthdata_stockholm_stadsdelar/geojson/simplified/vatten.geo.json',
		url: gh(KTH, KTH_AT, 'geojson/simplified/vatten.geo.json'),
		sha256: '0d14b4a4753f110869d4fa01153e2f474c3a782104c5fae9f6f28575f7398c95'
	},
	{
		file: 'stats/am_dashboard_deso2025/regso2025_stockholm_rings_encoded.json',
		url: gh('real-estate-war-lord/am-dashboard-se', '520cdf4bd35553b9a7103a583d4e640a2576b93b', 'data/processed/regso/0180.json'),
		sha256: '2a158bde46dfa350b133a914621f0f1195c8db68b9035e1d125bd75d7e1208cd'
	},
	{
		file: 'stats/scb_regso_socioekonomiskt_index/regso_socioekonomiskt_index_2022.csv',
		url: gh(SOCIO, '3baf36396227aacc8e55a207481663af184cccea', 'data_in/regso_socioekonomisk_index_2022.csv'),
		sha256: '0d28ae95766e88b84b677d07483a5c1233d7e05c4278fdd6d66c88b4fbb69622'
	},
	{
		file: 'stats/scb_regso_socioekonomiskt_index/regso_socioekonomiskt_index_2023.csv',
		url: gh(SOCIO, '2e7b1551c1ce62439be054848ef0be2bad96b021', 'data_in/regso_socioekonomisk_index_2023.csv'),
		sha256: '8d4431012ec732c55bdbc7794c169b116bf634aac8fb3e66b71bbdda54977f78'
	},
	{
		file: 'stats/scb_regso_socioekonomiskt_index/koppling_deso2018_regso2020.csv',
		url: gh(SOCIO, '3baf36396227aacc8e55a207481663af184cccea', 'data_in/koppling-deso2018-regso2020.csv'),
		sha256: '5aa82c2220aba3766a8076776c3eef72fdc6e1b5f81cec3cd1d1d0ad63fe4371'
	},
	{
		file: 'stats/scb_regso_2020_2023/regso_foreign_born_2020_2023.csv',
		url: gh(MUMBO, MUMBO_AT, 'data/deso_demographics/deso_foreign_born.csv'),
		sha256: 'feff2a72400ad0eb7131be6514b8900647c756f0f7ec2cbd71ee5cfbff1577de'
	},
	{
		file: 'stats/scb_regso_2020_2023/regso_housing_tenure_2020_2023.csv',
		url: gh(MUMBO, MUMBO_AT, 'data/deso_demographics/deso_housing_tenure.csv'),
		sha256: '909aeab43bddc62b8887380ee169b52a76cbac956305a3f80891b487ea5e63e0'
	},
	{
		file: 'stats/scb_regso_2020_2023/regso_income_2020_2023.csv',
		url: gh(MUMBO, MUMBO_AT, 'data/deso_demographics/deso_income.csv'),
		sha256: '9eb84901742572f517535da8549678e46077ab717023c8ae59c4fbf779759aaf'
	}
];
