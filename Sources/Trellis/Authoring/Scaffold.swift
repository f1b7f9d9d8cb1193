/// Small, valid starting files for `trellis new`: a pack or a track that passes `validate` as
/// written, for a clinical lead to edit.
public enum Scaffold {
    /// A pack with one module of one 60-minute session and one handout.
    public static func pack(id: String, today: CalendarDate) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- A new pack: edit the titles, sessions and handouts, then run `trellis validate`. -->
        <pack xmlns="urn:trellis:curriculum:1" id="\(id)" version="0.1.0" xml:lang="en" reading-grade="8">
          <title>New pack</title>
          <summary>What this pack helps members do, in one sentence.</summary>
          <audience>Adults in intensive outpatient care.</audience>
          <approach>CBT</approach>
          <author role="clinical-lead">Your name</author>
          <review date="\(today)" by="Your clinical committee"/>

          <module id="core" title="Core sessions">
            <session id="\(id)-01" title="First session" minutes="60">
              <objective>Name one thing you want from this group.</objective>
              <material>Whiteboard and markers</material>
              <caution>Sharing is invited, never required: remind members they can pass.</caution>
              <activity kind="check-in" minutes="10" title="Check-in">
                <script><p>Invite each member to say their first name and one word for how they are today, or to pass.</p></script>
              </activity>
              <activity kind="teach" minutes="20" title="The main idea">
                <script><p>Explain the main idea of the session in plain words, with one example.</p></script>
              </activity>
              <activity kind="worksheet" minutes="20" title="Worksheet" handout="\(id)-h01">
                <prompt>Fill in the sheet on your own. You can share one answer if you like.</prompt>
              </activity>
              <activity kind="wrap-up" minutes="10" title="Wrap-up"/>
              <homework>Notice one moment this week when the main idea came up.</homework>
            </session>
          </module>

          <handout id="\(id)-h01" title="My first worksheet">
            <p>Write a short answer. There are no wrong answers.</p>
            <field label="One thing I want from this group" lines="3"/>
            <checklist><item>I shared one answer with someone I trust</item></checklist>
            <scale label="How hopeful do I feel today?" min="0" max="10" low="not at all" high="very"/>
          </handout>
        </pack>

        """
    }

    /// A closed 4-week track meeting once a week that sequences `module` (`pack/module`).
    public static func track(id: String, module: String, start: CalendarDate) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- A new track: edit the calendar, the day and the streams, then run `trellis plan \(id)`. -->
        <track xmlns="urn:trellis:curriculum:1" id="\(id)" version="0.1.0"
               title="New track" weeks="4" admission="closed" level-of-care="1" group-size="10">
          <summary>When the group meets and what it covers.</summary>
          <calendar start="\(start)">
            <meets day="\(start.weekday.rawValue)" at="18:00"/>
          </calendar>
          <day>
            <block id="check-in" minutes="30" title="Check-in group"/>
            <break minutes="10"/>
            <block id="skills" minutes="60" title="Skills group"/>
          </day>
          <stream block="skills">
            <module ref="\(module)"/>
          </stream>
        </track>

        """
    }

    /// A program file with the usual contacts (fictional 555-01xx numbers to replace), one
    /// standing protocol to adapt, and no approvals yet.
    public static func program(id: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Your program: its name, the numbers packs point members to (<contact ref="…"/> in a pack
             prints the label and number), the standing protocols printed at the start of every
             facilitator guide, settings, and the pack versions your clinical lead approved.
             Replace every 555-01xx number before you print anything. -->
        <program xmlns="urn:trellis:curriculum:1" id="\(id)" version="0.1.0" name="Your program's name" xml:lang="en">
          <contact id="program" label="Front desk" phone="555-0100"/>
          <contact id="on-call" label="On-call clinician" phone="555-0101"/>
          <contact id="crisis" label="988 Suicide and Crisis Lifeline (call or text)" phone="988"/>
          <contact id="emergency" label="Emergency services" phone="911"/>
          <protocol id="crisis" title="A member in crisis or speaking of suicide">
            <p>Write your program's procedure here: who checks in with the member privately, who calls <contact ref="on-call"/>, and when to call <contact ref="emergency"/>.</p>
          </protocol>
          <setting name="review-months" value="24"/>
          <!-- When your clinical lead approves a pack version, record it:
          <approval pack="relapse-prevention" version="1.1.0" by="Name, credentials" date="YYYY-MM-DD"/> -->
        </program>

        """
    }

    /// The name `trellis new` gives the schema it writes beside the curricula.
    public static let schemaFileName = "trellis.xsd"

    /// `text` with an `xml-model` processing instruction after the XML declaration, pointing at
    /// the schema at `href` (relative to the file): editors that read it (VS Code's XML
    /// extension, any editor on the LemMinX language server) complete elements and attributes
    /// and underline what the schema refuses, as the author types.
    public static func referencingSchema(_ text: String, at href: String) -> String {
        let instruction =
            "<?xml-model href=\"\(href)\" type=\"application/xml\" schematypens=\"http://www.w3.org/2001/XMLSchema\"?>"
        guard let declarationEnd = text.range(of: "?>\n"), text.hasPrefix("<?xml ") else { return instruction + "\n" + text }
        return String(text[..<declarationEnd.upperBound]) + instruction + "\n" + text[declarationEnd.upperBound...]
    }
}
