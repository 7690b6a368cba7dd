package org.factdesk.analysis.compare;

import java.util.Locale;
import java.util.Set;

/**
 * Countries and larger areas. They contain the places where things happen, so "in Russia" and "at the Vostochny
 * Cosmodrome" do not disagree; two claims disagree on a place only when they name places below this level.
 */
final class Countries {

    private static final Set<String> NAMES = Set.of("afghanistan", "albania", "algeria", "argentina", "armenia",
            "australia", "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
            "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia", "cuba",
            "cyprus", "czechia", "czech republic", "denmark", "ecuador", "egypt", "estonia", "ethiopia", "finland",
            "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary",
            "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
            "jordan", "kazakhstan", "kenya", "korea", "north korea", "south korea", "kosovo", "kuwait", "kyrgyzstan",
            "laos", "latvia", "lebanon", "libya", "lithuania", "luxembourg", "malaysia", "mali", "malta", "mexico",
            "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "nepal", "netherlands",
            "new zealand", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine", "panama",
            "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
            "saudi arabia", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia", "south africa",
            "spain", "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
            "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "uruguay", "uzbekistan",
            "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "britain", "great britain", "united kingdom",
            "uk", "england", "scotland", "wales", "america", "united states", "us", "usa", "europe", "asia",
            "africa", "middle east", "far east", "latin america", "the country", "eu", "european union");

    private Countries() {
    }

    static boolean contains(String normalName) {
        return NAMES.contains(normalName.toLowerCase(Locale.ROOT));
    }
}
