package org.lactationclinic.infrastructure.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names for the generated clinic, from the mix of origins a city clinic sees, accents and apostrophes
 * included (the search must fold them). Family names are drawn with Zipf-like weights, so a few are common
 * (hundreds of mothers) and a long tail, with composed names, is rare.
 */
final class ClinicNames {

    static final List<String> FAMILY = List.of(
            "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Khan", "Ahmed", "Ali", "Hussain", "Patel", "Shah", "Singh", "Kaur", "Begum", "Rahman",
            "García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Torres",
            "Nguyen", "Tran", "Le", "Pham", "Chen", "Wang", "Li", "Zhang", "Liu", "Yang",
            "Okafor", "Okonkwo", "Adeyemi", "Mensah", "Osei", "Bello", "Dlamini", "Nkosi", "Mwangi", "Abdi",
            "Murphy", "O'Brien", "O'Connor", "Kelly", "Byrne", "Ryan", "Walsh", "O'Sullivan", "McCarthy", "Doyle",
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Koch",
            "Dubois", "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Rousseau", "Lévesque", "Fontaine", "Chevalier",
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska", "Dąbrowska", "Kozłowska",
            "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Gonçalves", "Araújo",
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
            "Al-Sayed", "Haddad", "Khoury", "Mansour", "Nasser", "Saleh", "Farah", "Hassan", "Ibrahim", "Yusuf",
            "Cohen", "Levi", "Mizrahi", "Friedman", "Katz", "Larsen", "Hansen", "Johansson", "Andersson", "Nielsen",
            "Kim", "Park", "Choi", "Jung", "Kang", "Tanaka", "Suzuki", "Sato", "Watanabe", "Takahashi");

    private static final List<String> SYLLABLES = List.of(
            "ab", "ad", "al", "an", "ar", "ba", "be", "bo", "ca", "da", "de", "di", "do", "el", "en", "fa", "ga",
            "ha", "ka", "ki", "ko", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "o",
            "pa", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "wa", "ya", "za");

    static final List<String> MOTHER_GIVEN = List.of(
            "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Mia", "Poppy", "Ella",
            "Jessica", "Sarah", "Hannah", "Rachel", "Laura", "Charlotte", "Lucy", "Katie", "Rebecca", "Emma",
            "Aisha", "Fatima", "Zainab", "Maryam", "Amina", "Noor", "Leila", "Yasmin", "Hira", "Sana",
            "Priya", "Ananya", "Deepa", "Kavya", "Meera", "Neha", "Pooja", "Sunita", "Harpreet", "Simran",
            "María", "Sofía", "Lucía", "Valentina", "Camila", "Isabel", "Carmen", "Ana", "María José", "Inés",
            "Chloé", "Léa", "Manon", "Camille", "Zoé", "Anaïs", "Hélène", "Élodie", "Margaux", "Agathe",
            "Anna", "Lena", "Marie", "Katharina", "Julia", "Johanna", "Greta", "Ingrid", "Freya", "Astrid",
            "Gráinne", "Aoife", "Siobhán", "Niamh", "Saoirse", "Orla", "Caoimhe", "Róisín", "Clodagh", "Eimear",
            "Chiamaka", "Ngozi", "Adaeze", "Amara", "Ifeoma", "Abena", "Akosua", "Zanele", "Thandiwe", "Wanjiru",
            "Mei", "Lan", "Linh", "Hoa", "Yuki", "Hana", "Min-ji", "Seo-yeon", "Xiu", "Ying",
            "Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Beatriz", "Joana", "Mariana", "Elif", "Zeynep", "Ayşe");

    static final List<String> GIRL = List.of(
            "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow",
            "Rosie", "Sophia", "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella",
            "Aria", "Evie", "Maya", "Zara", "Maryam", "Aisha", "Noor", "Lucía", "Valentina", "Chloé",
            "Adaeze", "Amara", "Thandiwe", "Mei", "Hana", "Zofia", "Elif", "Saoirse", "Léa", "Noa");

    static final List<String> BOY = List.of(
            "Noah", "Muhammad", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Freddie", "Theo",
            "Archie", "Harry", "Henry", "Jack", "Finley", "Luca", "Alfie", "Teddy", "Charlie", "Thomas",
            "Jacob", "Ethan", "Yusuf", "Omar", "Ibrahim", "Arjun", "Mateo", "Jules", "Chidi", "Kwame",
            "Minh", "Hao", "Liam", "Malik", "Jonas", "Emre", "Tomás", "Santiago", "Hugo", "Oisín");

    /** The clinic's staff, fixed (not drawn), so the accounts are the same in every generated clinic. */
    static final List<String> CONSULTANTS = List.of(
            "Ana López", "Grace Okafor", "Helen Marsh", "Priya Raman", "Joanna Kowalczyk", "Maeve Gallagher",
            "Sofia Ferreira", "Ruth Adeyemi", "Claire Dubois", "Nadia Haddad", "Emma Lindqvist", "Fiona McLeod",
            "Yasmin Chaudhry", "Lucy Hartley", "Carmen Ortega", "Ingrid Solberg", "Hannah Weiss", "Chloe Bennett",
            "Rebecca Osei", "Mariam Yusuf", "Kate Donnelly", "Leah Goldberg", "Sara Lindgren", "Olga Ivanova",
            "Bethan Pryce");

    private ClinicNames() {
    }

    /** A family name: from the list with Zipf-like weights, or three times in ten a rare composed one. */
    static String family(SplittableRandom random) {
        if (random.nextDouble() < 0.30) {
            String name = syllables(random, 2 + random.nextInt(2));
            return random.nextDouble() < 0.08 ? name + "-" + FAMILY.get(random.nextInt(FAMILY.size())) : name;
        }
        int rank = java.util.Arrays.binarySearch(CUMULATIVE, random.nextDouble() * CUMULATIVE[CUMULATIVE.length - 1]);
        return FAMILY.get(Math.min(rank < 0 ? -rank - 1 : rank, FAMILY.size() - 1));
    }

    /**
     * Cumulative weights 1/(rank + 10): the commonest name is about 2.5% of mothers (Smith is about 1.2% of
     * the UK), the list's last about 0.4%.
     */
    private static final double[] CUMULATIVE = new double[FAMILY.size()];

    static {
        double total = 0;
        for (int rank = 0; rank < CUMULATIVE.length; rank++) {
            total += 1.0 / (rank + 10);
            CUMULATIVE[rank] = total;
        }
    }

    private static String syllables(SplittableRandom random, int count) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        name.append(List.of("n", "r", "s", "la", "ni", "wa", "ski", "ez", "ian", "ova", "ek", "ou").get(random.nextInt(12)));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}
