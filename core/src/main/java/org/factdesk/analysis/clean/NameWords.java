package org.factdesk.analysis.clean;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Closed word classes that tell a person's name from the capitalised words around it: function words that start
 * sentences, titles, nationality adjectives, words that make a name a place or an organisation, and the roles
 * that reporters use instead of a name ("the Russian leader").
 */
public final class NameWords {

    public static final Set<String> SENTENCE_WORDS = Set.of("The", "A", "An", "This", "That", "These", "Those", "Did",
            "Does", "Do", "Is", "Are", "Was", "Were", "When", "Where", "Why", "How", "What", "Who", "Which", "If",
            "But", "And", "Or", "So", "In", "On", "At", "For", "With", "From", "By", "As", "After", "Before",
            "During", "Moreover", "However", "Meanwhile", "Earlier", "Later", "Both", "According", "Referring",
            "Asked", "Also", "Then", "Now", "Today", "Yesterday", "Here", "There", "It", "He", "She", "They", "We",
            "I", "You", "His", "Her", "Their", "Our", "My", "Its", "Last", "Next", "Former", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Dear", "Yes", "No",
            "Not", "All", "Every", "Some", "Many", "Most", "Two", "Three", "One", "First", "Second", "Under",
            "Over", "While", "Although", "Since", "Until", "Despite", "Through", "Thank", "Thanks", "Please");

    public static final Set<String> TITLES = Set.of("President", "Vice", "Leader", "Chairman", "Chairwoman", "Premier",
            "Prime", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Emperor", "Pope", "Dictator",
            "Spokesman", "Spokeswoman", "Spokesperson", "Secretary", "General", "Gen", "Commander", "Governor", "Gov",
            "Mayor", "Senator", "Sen", "Rep", "Representative", "Ambassador", "Envoy", "Mr", "Mrs", "Ms", "Miss",
            "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "Chief", "Head",
            "Director", "Comrade", "Marshal", "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Lt", "Sergeant",
            "Sgt", "Admiral", "Bishop", "Rabbi", "Imam", "Sheikh", "Saint", "St", "Deputy", "Foreign", "Defence",
            "Defense", "Interior", "Finance", "State", "Supreme", "Crown", "Chair", "Chairperson", "Speaker",
            "Executive", "Officer", "Managing", "Operating", "Financial", "Coach", "Manager", "Inspector",
            "Superintendent", "Constable", "Detective");

    /** Nationality and direction adjectives that precede names and roles ("North Korean leader"). */
    public static final Set<String> MODIFIERS = Set.of("North", "South", "East", "West", "Eastern", "Western", "Northern",
            "Southern", "Central", "Russian", "Korean", "American", "Chinese", "Japanese", "British", "English",
            "French", "German", "Italian", "Spanish", "Indian", "Pakistani", "Iranian", "Iraqi", "Israeli",
            "Palestinian", "Ukrainian", "Belarusian", "Turkish", "Syrian", "Saudi", "Egyptian", "Afghan", "Canadian",
            "Mexican", "Brazilian", "Argentine", "Australian", "European", "African", "Asian", "Arab", "Polish",
            "Dutch", "Swedish", "Norwegian", "Finnish", "Danish", "Greek", "Georgian", "Armenian", "Azerbaijani",
            "Kazakh", "Uzbek", "Mongolian", "Vietnamese", "Thai", "Indonesian", "Malaysian", "Filipino",
            "Bangladeshi", "Nepali", "Nigerian", "Kenyan", "Ethiopian", "Soviet", "Kremlin", "White", "Federal",
            "National", "Royal", "Former", "Acting", "Senior", "Top", "US", "UN", "EU", "UK", "Nato", "NATO");

    /** A run with one of these is a place, body or event, not a person. */
    public static final Set<String> NOT_PERSON = Set.of("Region", "Oblast", "Province", "Republic",
            "Kingdom", "Federation", "Union", "States", "Nations", "Korea", "Forum", "Center", "Centre", "Complex",
            "Agency", "Ministry", "Council", "Committee", "Commission", "Bank", "Group", "Party", "Parliament",
            "Congress", "Senate", "Assembly", "Court", "House", "Office", "Department", "Institute", "University",
            "College", "School", "Hospital", "Company", "Corporation", "Corp", "Inc", "Ltd", "Airlines", "Airport",
            "Station", "Street", "Square", "Avenue", "Road", "Bridge", "River", "Sea", "Ocean", "Island", "Islands",
            "Mountain", "Mountains", "Lake", "Bay", "Gulf", "Army", "Navy", "Force", "Forces", "Guard", "Police",
            "Service", "Services", "News", "Times", "Post", "Globe", "Global", "Daily", "Herald", "Journal",
            "Tribune", "Channel", "Radio", "Television", "Broadcaster", "Media", "Press", "Network", "Space",
            "Vehicles", "Technical", "Economic", "Foundation", "Fund", "Organization", "Organisation", "Association",
            "Society", "Church", "Museum", "Stadium", "Palace", "Hall", "Tower", "Park", "Port", "City", "County",
            "District", "Valley", "Coast", "Cup", "League", "Summit", "War", "Crisis", "Day", "Week", "Year",
            "Pandemic", "Program", "Programme", "Project", "Initiative", "Treaty", "Agreement", "Act", "Law",
            "Bill", "Launch", "Base", "Spaceport", "Plant", "Factory", "Works", "Festival", "Award", "Awards",
            "Prize", "Index", "Exchange", "Market", "Markets", "Tips", "Widget", "Posts", "Courtesy", "Photo",
            "Image", "Video", "Reply", "Comments", "Email", "Print", "Share", "Portal", "Online", "Live", "Today");

    /** Words after which a capitalised word acts: "Kim arrived", "Putin said". */
    public static final Set<String> AGENT_VERBS = Set.of("is", "was", "has", "had", "will", "would", "can", "could", "may",
            "might", "must", "should", "did", "does", "also", "then", "later", "last", "first", "met", "meets",
            "visited", "visits", "arrived", "arrives", "left", "leaves", "travelled", "traveled", "thanked",
            "inspected", "expressed", "called", "made", "took", "went", "came", "urged", "praised", "rarely",
            "often", "never", "still", "who", "himself", "herself", "wants", "wanted", "hopes", "believes",
            "said", "says", "told", "tells", "stated", "added", "noted", "stressed", "emphasized", "emphasised",
            "explained", "insisted", "argued", "claimed", "warned", "announced", "revealed", "declared", "replied",
            "responded", "wrote", "tweeted", "confirmed", "denied", "admitted", "acknowledged", "suggested",
            "reiterated", "remarked", "answered", "signed", "ordered", "vowed", "pledged", "promised");

    private static final String ROLE_WORDS = "prime minister|foreign minister|defen[cs]e minister|secretary[- ]general"
            + "|general secretary|president|leader|chairman|chairwoman|chairperson|chair|premier|minister|chancellor"
            + "|king|queen|prince|dictator|ruler|monarch|emperor|pope|spokesman|spokeswoman|spokesperson|secretary"
            + "|commander|governor|mayor|senator|ambassador|envoy|official|chief|head|director|ceo|founder"
            + "|correspondent|analyst|expert|professor|lawyer|judge|diplomat|adviser|advisor|aide|general";

    /** "the Russian president", "a Kremlin spokesman": article, up to three capitalised modifiers, a role. */
    public static final Pattern ROLE_DESCRIPTION = Pattern.compile("\\b([Tt]he|[Aa]n?)\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3})"
            + "((?i:" + ROLE_WORDS + "))([’']s)?(?![\\p{L}-])");

    /** The same, ending right before a name: "Russian President |Vladimir Putin", "Kremlin spokesman |Peskov". */
    public static final Pattern ROLE_BEFORE_NAME = Pattern.compile("((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3})((?i:" + ROLE_WORDS
            + "))\\s+$");

    /** An appositive right after a name: "Peskov|, the Kremlin spokesman". */
    public static final Pattern ROLE_AFTER_NAME = Pattern.compile("^,\\s+(?:(?:the|a|an)\\s+)?((?:\\p{Lu}[\\p{L}’'-]*\\s+)"
            + "{0,3})((?i:" + ROLE_WORDS + "))(?![\\p{L}-])");

    private static final Set<String> HEADS = Set.of("president", "leader", "chairman", "chairwoman", "chairperson",
            "chair", "premier", "prime minister", "chancellor", "king", "queen", "dictator", "ruler", "monarch",
            "emperor");
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");

    private NameWords() {
    }

    /** Roles that reporters use interchangeably for the same person. */
    public static String family(String role) {
        if (HEADS.contains(role)) {
            return "head";
        }
        return SPOKES.contains(role) ? "spokesperson" : role;
    }
}
