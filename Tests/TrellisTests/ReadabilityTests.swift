import Testing
import Trellis

/// The reading-grade check (TR110): Flesch–Kincaid over the spelling-based syllable counter.
///
/// Compared with the Python package `textstat` 0.7.4 (`pip install textstat==0.7.4`, which counts
/// syllables with Pyphen's hyphenation dictionary), run on 2026-11-30 over the nine everyday
/// paragraphs below, written for this test. Trellis minus textstat, in grades:
///
///     handout -0.29   news +0.51   story +0.66   instructions +0.72   health -0.35
///     recovery -0.09  weather +0.69   letter +0.59   cooking +0.01
///
/// Largest gap 0.72, mean +0.27. On dense academic prose the gap grows: the sentence in
/// `denseProseScoresFarAboveGradeEight` scores 22.97 here and 21.70 in textstat (+1.27),
/// because a hyphenation dictionary splits long Latinate words into fewer pieces than they
/// have syllables (`heterogeneity` is 4 in Pyphen, 6 here). Trellis also keeps full precision
/// where textstat rounds the averages to one decimal, and counts every sentence where textstat
/// skips sentences of two words or fewer.
struct ReadabilityTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var name: String
        /// `textstat.flesch_kincaid_grade(text)` with textstat 0.7.4.
        var textstat: Double
        var words: Int
        var sentences: Int
        var syllables: Int
        var text: String
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(
            name: "handout", textstat: 1.1, words: 45, sentences: 7, syllables: 53,
            text: """
                Warning signs are early clues that stress is building. You might sleep less or skip meals. You might stop calling friends. Notice these signs early. Then you have time to act. Write down one sign you noticed this week. Tell someone you trust about it.
                """),
        Sample(
            name: "news", textstat: 7.3, words: 65, sentences: 4, syllables: 94,
            text: """
                The city council voted on Tuesday to expand the bus network into three new neighborhoods. Officials said the change would add about forty new stops and shorten many trips by ten minutes. Some residents welcomed the plan, while others worried about noise and traffic on narrow streets. The first routes are expected to open next spring, and the council will review ridership after one year.
                """),
        Sample(
            name: "story", textstat: 5.5, words: 59, sentences: 4, syllables: 80,
            text: """
                When Maria opened the door, the kitchen smelled of fresh bread. Her grandmother was standing by the window, humming an old song. They sat together at the small wooden table and talked about the garden, the weather, and the neighbors who had moved away. Later that evening, Maria walked home slowly, thinking about how quickly the years had passed.
                """),
        Sample(
            name: "instructions", textstat: 4.5, words: 61, sentences: 5, syllables: 83,
            text: """
                Before you begin, make sure the power cord is unplugged. Remove the four screws on the back panel using a small screwdriver. Carefully lift the panel and set it aside. Locate the filter near the bottom of the unit, and slide it out gently. Rinse the filter under warm water, let it dry completely, and then put it back in place.
                """),
        Sample(
            name: "health", textstat: 9.1, words: 60, sentences: 4, syllables: 94,
            text: """
                Regular physical activity can improve your mood, help you sleep better, and lower your risk of many chronic diseases. Adults should aim for at least one hundred fifty minutes of moderate exercise each week. Walking, swimming, and cycling are good choices for most people. If you have a medical condition, talk with your doctor before starting a new exercise program.
                """),
        Sample(
            name: "recovery", textstat: 5.9, words: 64, sentences: 5, syllables: 89,
            text: """
                Recovery is rarely a straight line. Many people experience setbacks, and a slip does not erase the progress you have made. What matters most is what you do next. Reach out to your support network, look honestly at what led to the slip, and make a plan for similar situations in the future. Each time you practice these steps, they become a little easier.
                """),
        Sample(
            name: "weather", textstat: 5.9, words: 47, sentences: 3, syllables: 64,
            text: """
                Heavy rain is expected across the region tonight, with strong winds along the coast. Drivers should allow extra time for their morning commute and watch for standing water on low roads. The storm should move east by midday, leaving cooler air and clear skies for the weekend.
                """),
        Sample(
            name: "letter", textstat: 3.6, words: 51, sentences: 4, syllables: 64,
            text: """
                Thank you for visiting our library last week. We hope you enjoyed the reading hour with your children. Our summer program starts in June, and every child who reads ten books will receive a small prize. Please ask at the front desk if you would like to sign up or volunteer.
                """),
        Sample(
            name: "cooking", textstat: 4.4, words: 59, sentences: 5, syllables: 77,
            text: """
                Start by washing the vegetables and cutting them into small pieces. Heat a little oil in a large pan over medium heat. Add the onions first and stir them until they turn soft and golden. Then add the carrots, peppers, and beans, and cook for about ten minutes. Season the dish with salt and pepper before serving it warm.
                """),
    ]

    @Test(arguments: samples)
    func landsWithinOneGradeOfTextstat(_ sample: Sample) throws {
        let grade = try #require(ReadingGrade(text: sample.text).grade)
        #expect(abs(grade - sample.textstat) <= 1.0, "\(sample.name): \(grade) vs textstat \(sample.textstat)")
    }

    @Test(arguments: samples)
    func countsWordsSentencesAndSyllables(_ sample: Sample) {
        let score = ReadingGrade(text: sample.text)
        #expect(score.words == sample.words)
        #expect(score.sentences == sample.sentences)
        #expect(score.syllables == sample.syllables)
    }

    @Test func denseProseScoresFarAboveGradeEight() throws {
        let grade = try #require(
            ReadingGrade(
                text: """
                    Cognitive behavioral interventions for substance use disorders emphasize the identification of high-risk situations and the development of alternative coping responses. Considerable empirical evidence suggests that individuals who acquire effective coping strategies demonstrate improved self-efficacy and reduced probability of relapse following treatment. Nevertheless, considerable heterogeneity exists across populations, settings, and methodological approaches.
                    """
            ).grade)
        #expect(abs(grade - 22.97) < 0.01)
    }

    @Test(arguments: [
        ("cat", 1), ("the", 1), ("about", 1), ("open", 1), ("table", 2), ("make", 1), ("wanted", 2),
        ("jumped", 1), ("boxes", 2), ("places", 2), ("hundred", 2), ("people", 2), ("window", 2),
        ("family", 3), ("recovery", 4), ("meditation", 4), ("10", 1), ("Don't", 1), ("—", 0),
    ])
    func countsSyllablesOfCommonWords(word: String, syllables: Int) {
        #expect(SyllableCounter.count(word) == syllables, "\(word)")
    }

    @Test func treatsEachUnitAsAtLeastOneSentence() {
        let score = ReadingGrade(units: ["Sleeping less", "Skipping meals", "I told someone I trust."])
        #expect(score.sentences == 3)
        #expect(score.words == 9)
    }

    @Test func hasNoGradeForTextWithoutWords() {
        #expect(ReadingGrade(units: ["", "  ", "—"]).grade == nil)
    }
}
