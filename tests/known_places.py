"""Landmarks on every inhabited continent with the city a person would say they are in: the places tests and the
places benchmark write into photos as GPS positions. Coordinates are the landmarks', not the cities' centres."""

from __future__ import annotations

# (landmark, latitude, longitude, the right city, and other names the same answer may have in GeoNames)
KNOWN_PLACES: tuple[tuple[str, float, float, tuple[str, ...]], ...] = (
    # Europe
    ("Praça do Comércio", 38.7076, -9.1365, ("Lisbon",)),
    ("Eiffel Tower", 48.8584, 2.2945, ("Paris",)),
    ("Big Ben", 51.5007, -0.1246, ("London", "City of Westminster")),
    ("Colosseum", 41.8902, 12.4922, ("Rome",)),
    ("Brandenburg Gate", 52.5163, 13.3777, ("Berlin",)),
    ("Puerta del Sol", 40.4169, -3.7035, ("Madrid",)),
    ("Hagia Sophia", 41.0086, 28.9802, ("Istanbul",)),
    ("Red Square", 55.7539, 37.6208, ("Moscow",)),
    ("Dam Square", 52.3731, 4.8926, ("Amsterdam",)),
    ("Acropolis", 37.9715, 23.7257, ("Athens",)),
    ("Old Town Square", 50.0875, 14.4213, ("Prague",)),
    # Asia
    ("Kinkaku-ji", 35.0394, 135.7292, ("Kyoto",)),
    ("Shibuya Crossing", 35.6595, 139.7005, ("Tokyo", "Shibuya")),
    ("Tiananmen", 39.9055, 116.3976, ("Beijing",)),
    ("The Bund", 31.2400, 121.4900, ("Shanghai",)),
    ("India Gate", 28.6129, 77.2295, ("Delhi", "New Delhi")),
    ("Gateway of India", 18.9220, 72.8347, ("Mumbai",)),
    ("Grand Palace", 13.7500, 100.4913, ("Bangkok",)),
    ("Marina Bay Sands", 1.2834, 103.8607, ("Singapore",)),
    ("Gyeongbokgung", 37.5796, 126.9770, ("Seoul",)),
    ("Burj Khalifa", 25.1972, 55.2744, ("Dubai",)),
    ("Hoan Kiem Lake", 21.0287, 105.8523, ("Hanoi",)),
    # Africa
    ("Tahrir Square", 30.0444, 31.2357, ("Cairo",)),
    ("Company's Garden", -33.9275, 18.4172, ("Cape Town",)),
    ("Kenyatta Avenue", -1.2864, 36.8172, ("Nairobi",)),
    ("Jemaa el-Fnaa", 31.6258, -7.9891, ("Marrakesh",)),
    ("Lagos Island", 6.4550, 3.3941, ("Lagos",)),
    ("Meskel Square", 9.0107, 38.7613, ("Addis Ababa",)),
    ("Place de l'Indépendance", 14.6681, -17.4312, ("Dakar",)),
    # North America
    ("Times Square", 40.7580, -73.9855, ("New York City", "Manhattan")),
    ("Union Square", 37.7880, -122.4075, ("San Francisco",)),
    ("Zócalo", 19.4326, -99.1332, ("Mexico City",)),
    ("CN Tower", 43.6426, -79.3871, ("Toronto",)),
    ("Millennium Park", 41.8826, -87.6226, ("Chicago",)),
    ("El Capitolio", 23.1352, -82.3596, ("Havana",)),
    # South America
    ("Copacabana", -22.9711, -43.1822, ("Rio de Janeiro",)),
    ("Obelisco", -34.6037, -58.3816, ("Buenos Aires",)),
    ("Plaza Mayor", -12.0464, -77.0300, ("Lima",)),
    ("Plaza de Armas", -13.5167, -71.9788, ("Cusco",)),
    ("Plaza de Bolívar", 4.5981, -74.0760, ("Bogotá",)),
    # Oceania
    ("Sydney Opera House", -33.8568, 151.2153, ("Sydney",)),
    ("Sky Tower", -36.8485, 174.7622, ("Auckland",)),
)
