"""Regions that name a country but no city: French régions and départements, US states
(by name, and by their postal code after a town: "Austin TX"), the UK's nations, Canada's
provinces, Australia's states. "Maraîchère en Ardèche" lives in France; "Portland OR"
is the American Portland; "Licensed in Oregon" names no town called Oregon."""

_FRENCH_REGIONS = """
Auvergne-Rhône-Alpes, Bourgogne-Franche-Comté, Bretagne, Centre-Val de Loire, Corse,
Grand Est, Hauts-de-France, Normandie, Nouvelle-Aquitaine, Occitanie, Pays de la Loire,
Provence-Alpes-Côte d'Azur, PACA, Côte d'Azur, Alsace, Lorraine, Auvergne, Bourgogne,
Franche-Comté, Picardie, Limousin, Aquitaine, Midi-Pyrénées, Languedoc-Roussillon,
Languedoc, Champagne-Ardenne, Poitou-Charentes, Rhône-Alpes, Pays Basque, Grand Ouest,
Savoie, Haute-Savoie, Ain, Aisne, Allier, Alpes-de-Haute-Provence, Hautes-Alpes,
Alpes-Maritimes, Ardèche, Ardennes, Ariège, Aude, Aveyron, Bouches-du-Rhône, Calvados,
Cantal, Charente, Charente-Maritime, Cher, Corrèze, Côte-d'Or, Côtes-d'Armor, Creuse,
Dordogne, Doubs, Drôme, Eure, Eure-et-Loir, Finistère, Gard, Haute-Garonne, Gers, Gironde,
Hérault, Ille-et-Vilaine, Indre, Indre-et-Loire, Isère, Landes, Loir-et-Cher, Haute-Loire,
Loire-Atlantique, Loiret, Lot, Lot-et-Garonne, Lozère, Maine-et-Loire, Manche, Marne,
Haute-Marne, Mayenne, Meurthe-et-Moselle, Meuse, Morbihan, Moselle, Nièvre, Nord, Oise,
Orne, Pas-de-Calais, Puy-de-Dôme, Pyrénées-Atlantiques, Hautes-Pyrénées,
Pyrénées-Orientales, Bas-Rhin, Haut-Rhin, Haute-Saône, Saône-et-Loire, Sarthe,
Seine-Maritime, Seine-et-Marne, Yvelines, Deux-Sèvres, Somme, Tarn, Tarn-et-Garonne, Var,
Vaucluse, Vendée, Haute-Vienne, Vosges, Yonne, Territoire de Belfort, Essonne,
Hauts-de-Seine, Seine-Saint-Denis, Val-de-Marne, Val-d'Oise, Guadeloupe, Martinique,
Guyane, La Réunion, Mayotte
"""

US_STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}

_OTHER_REGIONS = {
    "GB": "England, Scotland, Wales, Northern Ireland",
    "CA": "Ontario, British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, "
    "New Brunswick, Newfoundland, Prince Edward Island",
    "AU": "New South Wales, Queensland, Tasmania, Western Australia, South Australia",
}


def region_names() -> dict[str, str]:
    """Each region's name as written -> its country's code."""
    regions = {name.strip(): "FR" for name in _FRENCH_REGIONS.replace("\n", " ").split(",")}
    regions.update({name: "US" for name in US_STATES.values()})
    for country, names in _OTHER_REGIONS.items():
        regions.update({name.strip(): country for name in names.split(",")})
    return regions
