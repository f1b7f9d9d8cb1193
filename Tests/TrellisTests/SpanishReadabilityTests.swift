import Testing
import Trellis

/// Spanish reading grades (TR110 on Spanish handouts): Crawford's formula (1984) over the Spanish
/// syllable counter, compared with the Python package `textstat` 0.7.4 (`textstat.set_lang("es")`,
/// `textstat.crawford(text)`, which counts syllables with Pyphen's Spanish hyphenation
/// dictionary), run on 2026-12-03 over the six everyday paragraphs below, written for this test.
/// Each must land within one grade of textstat's score.
struct SpanishReadabilityTests {
    static let samples: [(name: String, textstat: Double, text: String)] = [
        ("handout", 2.0, """
            Las señales de alerta son pistas tempranas. Nos dicen que el estrés está creciendo. Tal vez duerme menos o no come. Tal vez deja de llamar a sus amigos. Fíjese en estas señales a tiempo. Así tiene tiempo para actuar. Escriba una señal que notó esta semana.
            """),
        ("news", 4.6, """
            El consejo de la ciudad votó el martes para ampliar la red de autobuses a tres barrios nuevos. Según los funcionarios, el cambio añadirá unas cuarenta paradas y acortará muchos viajes en diez minutos. Algunos vecinos celebraron el plan, mientras que otros se preocuparon por el ruido y el tráfico en calles estrechas.
            """),
        ("story", 3.8, """
            Cuando María abrió la puerta, la cocina olía a pan recién hecho. Su abuela estaba junto a la ventana, tarareando una canción antigua. Se sentaron juntas a la mesa de madera y hablaron del jardín, del clima y de los vecinos que se habían mudado.
            """),
        ("health", 5.9, """
            La actividad física regular puede mejorar el ánimo, ayudar a dormir mejor y reducir el riesgo de muchas enfermedades crónicas. Los adultos deberían hacer al menos ciento cincuenta minutos de ejercicio moderado cada semana. Caminar, nadar y andar en bicicleta son buenas opciones para la mayoría de las personas.
            """),
        ("recovery", 3.3, """
            La recuperación casi nunca es una línea recta. Muchas personas tienen tropiezos, y un desliz no borra lo que usted ha logrado. Lo más importante es lo que hace después. Busque a su red de apoyo, mire con honestidad qué llevó al desliz y haga un plan para la próxima vez.
            """),
        ("instructions", 3.4, """
            Antes de empezar, desenchufe el cable. Quite los cuatro tornillos del panel de atrás con un destornillador pequeño. Levante el panel con cuidado y déjelo a un lado. Saque el filtro con suavidad. Enjuáguelo con agua tibia, deje que se seque y vuelva a ponerlo en su lugar.
            """),
    ]

    @Test func landsWithinOneGradeOfTextstatsCrawford() throws {
        for sample in Self.samples {
            let grade = try #require(ReadingGrade(text: sample.text, language: "es").grade)
            #expect(abs(grade - sample.textstat) <= 1.0, "\(sample.name): \(grade) vs textstat \(sample.textstat)")
        }
    }

    @Test(arguments: [
        ("casa", 2), ("amigo", 2), ("tranquilo", 3), ("consejero", 4), ("emergencia", 3), ("siempre", 2),
        ("después", 2), ("grupo", 2), ("una", 1), ("hablar", 2), ("escribir", 3), ("importante", 4),
    ])
    func countsSpanishSyllablesAsHyphenationBreaksThem(word: String, syllables: Int) {
        #expect(SpanishSyllableCounter.count(word) == syllables)
    }

    @Test func aSpanishTextIsScoredByCrawfordAndAnEnglishOneByFleschKincaid() throws {
        let spanish = ReadingGrade(text: "Hable con alguien. Llame hoy.", language: "es-MX")
        #expect(spanish.formula == "Crawford" && spanish.language == "es")
        #expect(ReadingGrade(text: "Call someone today.").formula == "Flesch–Kincaid")
        #expect(ReadingGrade(text: "Appelez quelqu'un.", language: "fr").grade == nil)
    }
}
