"""Names of places that read like people's names ("New Hampshire", "South Carolina"):
never a speaker, never the antecedent of he/she.

Source: the 50 US states and the District of Columbia (US Census Bureau), and the
countries and regions most often named in US political news.
"""

from __future__ import annotations

PLACE_NAMES = frozenset(name.lower() for name in """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|
Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico|
United States|America|Mexico|Canada|Cuba|Brazil|Venezuela|Colombia|Argentina|
Britain|Great Britain|United Kingdom|England|Scotland|Ireland|France|Germany|Italy|Spain|
Greece|Poland|Ukraine|Russia|Turkey|Sweden|Norway|Denmark|Netherlands|Belgium|
Switzerland|Austria|Hungary|Israel|Palestine|Gaza|West Bank|Lebanon|Syria|Iraq|Iran|
Jordan|Egypt|Libya|Saudi Arabia|Yemen|Qatar|Kuwait|United Arab Emirates|Afghanistan|
Pakistan|India|China|Japan|North Korea|South Korea|Taiwan|Vietnam|Philippines|Indonesia|
Australia|New Zealand|Nigeria|South Africa|Kenya|Ethiopia|Somalia|Sudan|South Sudan|
Middle East|Europe|Asia|Africa|Latin America|Central America|South America|Silicon Valley|
Wall Street|Capitol Hill|Guantanamo|Benghazi
""".replace("\n", "").split("|") if name)
# AP-style state abbreviations after a city ('Tupelo, Miss.', 'Derry, N.H.'). Source:
# AP Stylebook state abbreviations.
_STATES_AP = """ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md.
mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa.
r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo. d.c."""
STATE_ABBREVIATIONS = frozenset(_STATES_AP.split())
# Cities most named in US political news (state capitals and the largest US cities,
# world capitals): a speaker that is only a city is a place. Kept apart from
# PLACE_NAMES, which also stops a name from being a person ('Dallas', 'Paris' are
# given names too); only the speaker vetting reads this list.
CITY_NAMES = frozenset(name.lower() for name in """
Atlanta|Austin|Baltimore|Boston|Charlotte|Chicago|Cincinnati|Cleveland|Columbus|Dallas|
Denver|Des Moines|Detroit|Houston|Indianapolis|Jacksonville|Las Vegas|Los Angeles|Miami|
Milwaukee|Minneapolis|Nashville|New Orleans|Orlando|Philadelphia|Phoenix|Pittsburgh|
Portland|Raleigh|Richmond|Sacramento|St. Louis|Salt Lake City|San Antonio|San Diego|
San Francisco|San Jose|Seattle|Tampa|Manhattan|Brooklyn|Queens|the Bronx|Harlem|
London|Paris|Berlin|Brussels|Moscow|Beijing|Tokyo|Seoul|Pyongyang|Tehran|Baghdad|
Damascus|Kabul|Islamabad|New Delhi|Jerusalem|Tel Aviv|Cairo|Riyadh|Ankara|Istanbul|
Kiev|Kyiv|Warsaw|Rome|Madrid|Athens|Vienna|Geneva|Havana|Caracas|Mexico City|Ottawa|
Toronto|Beirut|Tripoli|Aleppo|Mosul|Raqqa|Hong Kong|Shanghai
""".replace("\n", "").split("|") if name)
# Country abbreviations written as a speaker ('U.S.', 'USA').
COUNTRY_ABBREVIATIONS = frozenset(["u.s", "u.s.", "usa", "u.s.a", "u.s.a.", "u.k", "u.k.",
                                   "uk", "uae", "u.a.e"])
