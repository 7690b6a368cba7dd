package org.factdesk.analysis.clean;

import java.util.Set;

/**
 * Countries and capitals. News copy makes them act like people ("Russia said", "Pyongyang warned"), and no
 * rule of shape tells "Russia is proud" from "Putin is proud", so the common ones are simply listed.
 */
public final class Places {

    private static final Set<String> NAMES = Set.of("Afghanistan", "Albania", "Algeria", "Andorra", "Angola",
            "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh",
            "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil",
            "Brunei", "Bulgaria", "Burkina", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
            "Colombia", "Comoros", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti", "Dominica",
            "Ecuador", "Egypt", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
            "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti",
            "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
            "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Korea", "Kosovo", "Kuwait",
            "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
            "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius",
            "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar",
            "Namibia", "Nauru", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman",
            "Pakistan", "Palau", "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
            "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "Senegal", "Serbia", "Seychelles", "Singapore",
            "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
            "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Turkmenistan",
            "Tuvalu", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Venezuela", "Vietnam",
            "Yemen", "Zambia", "Zimbabwe", "Britain", "England", "Scotland", "Wales", "America", "Europe", "Asia",
            "Africa", "Crimea", "Gaza", "Donbas", "Kashmir", "Tibet", "Xinjiang", "Hong", "Kong",
            "Moscow", "Kyiv", "Kiev", "Beijing", "Washington", "London", "Paris", "Berlin", "Brussels", "Tokyo",
            "Seoul", "Pyongyang", "Tehran", "Delhi", "Islamabad", "Kabul", "Baghdad", "Damascus", "Ankara", "Cairo",
            "Riyadh", "Jerusalem", "Minsk", "Warsaw", "Rome", "Madrid", "Lisbon", "Vienna", "Budapest", "Prague",
            "Bucharest", "Athens", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Ottawa", "Canberra", "Brasilia",
            "Caracas", "Havana", "Bogota", "Lima", "Santiago", "Nairobi", "Abuja", "Pretoria", "Dhaka", "Kathmandu",
            "Colombo", "Bangkok", "Hanoi", "Jakarta", "Manila", "Taipei", "Astana", "Tashkent", "Baku", "Yerevan",
            "Tbilisi", "Doha", "Dubai", "Geneva", "Kremlin", "Pentagon", "Westminster");

    private Places() {
    }

    public static boolean isPlace(String word) {
        return NAMES.contains(word);
    }
}
