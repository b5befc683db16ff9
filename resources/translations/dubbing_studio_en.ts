<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CachePanel</name>
    <message numerus="yes">
        <location filename="../../studio/gui/render/cache_dialog.py" line="+126"/>
        <source>%n clip(s), %1</source>
        <translation>
            <numerusform>%n clip, %1</numerusform>
            <numerusform>%n clips, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n more clip(s) from a paid voice have no recorded cost.</source>
        <translation>
            <numerusform>%n more clip from a paid voice has no recorded cost.</numerusform>
            <numerusform>%n more clips from a paid voice have no recorded cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Delete %n rendered clip(s)? Lines rendered with a paid voice will cost credits again.</source>
        <translation>
            <numerusform>Delete %n rendered clip? Lines rendered with a paid voice will cost credits again.</numerusform>
            <numerusform>Delete %n rendered clips? Lines rendered with a paid voice will cost credits again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message numerus="yes">
        <location filename="../../studio/gui/table/clipboard_actions.py" line="+79"/>
        <source>Copied %n subtitles.</source>
        <translation>
            <numerusform>Copied %n subtitle.</numerusform>
            <numerusform>Copied %n subtitles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Cut %n subtitles</source>
        <translation>
            <numerusform>Cut %n subtitle</numerusform>
            <numerusform>Cut %n subtitles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Paste %n subtitles</source>
        <translation>
            <numerusform>Paste %n subtitle</numerusform>
            <numerusform>Paste %n subtitles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../studio/gui/table/commands.py" line="+146"/>
        <source>Delete %n subtitles</source>
        <translation>
            <numerusform>Delete %n subtitle</numerusform>
            <numerusform>Delete %n subtitles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Merge %n subtitles</source>
        <translation>
            <numerusform>Merge %n subtitle</numerusform>
            <numerusform>Merge %n subtitles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Use project voice for %n lines</source>
        <translation>
            <numerusform>Use project voice for %n line</numerusform>
            <numerusform>Use project voice for %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set voice of %n lines</source>
        <translation>
            <numerusform>Set voice of %n line</numerusform>
            <numerusform>Set voice of %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueStatusBar</name>
    <message numerus="yes">
        <location filename="../../studio/gui/shell/status_bar.py" line="+70"/>
        <source>%n subtitles</source>
        <translation>
            <numerusform>%n subtitle</numerusform>
            <numerusform>%n subtitles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n suspect clips</source>
        <translation>
            <numerusform>%n suspect clip</numerusform>
            <numerusform>%n suspect clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DubActions</name>
    <message numerus="yes">
        <location filename="../../studio/gui/dub/dub_actions.py" line="+270"/>
        <source>%n line(s) still too long after %1× speed-up (lines %2).</source>
        <translation>
            <numerusform>%n line still too long after %1× speed-up (line %2).</numerusform>
            <numerusform>%n lines still too long after %1× speed-up (lines %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message numerus="yes">
        <location filename="../../studio/gui/kit/failure_text.py" line="+299"/>
        <source>%n paid clip(s) are kept in memory: free some space and press Retry.</source>
        <translation>
            <numerusform>%n paid clip is kept in memory: free some space and press Retry.</numerusform>
            <numerusform>%n paid clips are kept in memory: free some space and press Retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paid clip(s) were written to %1; they move back into the cache the next time it opens.</source>
        <translation>
            <numerusform>%n paid clip was written to %1; it moves back into the cache the next time it opens.</numerusform>
            <numerusform>%n paid clips were written to %1; they move back into the cache the next time it opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FasterLinesActions</name>
    <message numerus="yes">
        <location filename="../../studio/gui/dub/faster_lines.py" line="+49"/>
        <source>Render %n Line(s) Faster…</source>
        <translation>
            <numerusform>Render %n Line Faster…</numerusform>
            <numerusform>Render %n Lines Faster…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Speak %n line(s) faster</source>
        <translation>
            <numerusform>Speak %n line faster</numerusform>
            <numerusform>Speak %n lines faster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Render %n line(s) again, spoken faster by the voice itself instead of stretched?</source>
        <translation>
            <numerusform>Render %n line again, spoken faster by the voice itself instead of stretched?</numerusform>
            <numerusform>Render %n lines again, spoken faster by the voice itself instead of stretched?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message numerus="yes">
        <location filename="../../studio/gui/table/line_editor.py" line="+209"/>
        <source>%n characters sent</source>
        <translation>
            <numerusform>%n character sent</numerusform>
            <numerusform>%n characters sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message numerus="yes">
        <location filename="../../studio/gui/kit/money_text.py" line="+75"/>
        <source>%1 credits</source>
        <translation>
            <numerusform>%1 credit</numerusform>
            <numerusform>%1 credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message numerus="yes">
        <location filename="../../studio/gui/table/pronunciation_dialog.py" line="+177"/>
        <source>%n marked rule(s) cannot be said by the project&apos;s natural voice: each line using one would fail when rendered. Fix the phonemes or make them aliases.</source>
        <translation>
            <numerusform>%n marked rule cannot be said by the project&apos;s natural voice: each line using it would fail when rendered. Fix its phonemes or make it an alias.</numerusform>
            <numerusform>%n marked rules cannot be said by the project&apos;s natural voice: each line using one would fail when rendered. Fix the phonemes or make them aliases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message numerus="yes">
        <location filename="../../studio/gui/kit/provider_text.py" line="+87"/>
        <source>All your voice slots are used: this needs %n free voice slot(s). Remove a library voice you no longer need from My Voices, or pick a voice you already have.</source>
        <translation>
            <numerusform>All your voice slots are used: this needs a free voice slot. Remove a library voice you no longer need from My Voices, or pick a voice you already have.</numerusform>
            <numerusform>All your voice slots are used: this needs %n free voice slots. Remove a library voice you no longer need from My Voices, or pick a voice you already have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All your voice slots are used (%1 of %2 used): this needs %n free voice slot(s). Remove a library voice you no longer need from My Voices, or pick a voice you already have.</source>
        <translation>
            <numerusform>All your voice slots are used (%1 of %2 used): this needs a free voice slot. Remove a library voice you no longer need from My Voices, or pick a voice you already have.</numerusform>
            <numerusform>All your voice slots are used (%1 of %2 used): this needs %n free voice slots. Remove a library voice you no longer need from My Voices, or pick a voice you already have.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message numerus="yes">
        <location filename="../../studio/gui/render/render_controller.py" line="+269"/>
        <source>Render stopped: the disk is full. %n paid clip(s) are kept in memory: free some space and press Retry.</source>
        <translation>
            <numerusform>Render stopped: the disk is full. %n paid clip is kept in memory: free some space and press Retry.</numerusform>
            <numerusform>Render stopped: the disk is full. %n paid clips are kept in memory: free some space and press Retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>The disk is still full: %n paid clip(s) are kept in memory. Free some space and press Retry.</source>
        <translation>
            <numerusform>The disk is still full: %n paid clip is kept in memory. Free some space and press Retry.</numerusform>
            <numerusform>The disk is still full: %n paid clips are kept in memory. Free some space and press Retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderDialogs</name>
    <message numerus="yes">
        <location filename="../../studio/gui/render/render_dialogs.py" line="+81"/>
        <source>%n voice(s) are not in My Voices and would each take a voice slot when used (%1 of %2 used): %3. Add them explicitly first.</source>
        <translation>
            <numerusform>%n voice is not in My Voices and would take a voice slot when used (%1 of %2 used): %3. Add it explicitly first.</numerusform>
            <numerusform>%n voices are not in My Voices and would each take a voice slot when used (%1 of %2 used): %3. Add them explicitly first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n voice(s) are not in My Voices and would each take a voice slot when used: %3. Add them explicitly first.</source>
        <translation>
            <numerusform>%n voice is not in My Voices and would take a voice slot when used: %3. Add it explicitly first.</numerusform>
            <numerusform>%n voices are not in My Voices and would each take a voice slot when used: %3. Add them explicitly first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n request(s) of an interrupted render were found.</source>
        <translation>
            <numerusform>%n request of an interrupted render was found.</numerusform>
            <numerusform>%n requests of an interrupted render were found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) were fetched back from the provider&apos;s history at no cost.</source>
        <translation>
            <numerusform>%n clip was fetched back from the provider&apos;s history at no cost.</numerusform>
            <numerusform>%n clips were fetched back from the provider&apos;s history at no cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n never reached the provider and were not billed.</source>
        <translation>
            <numerusform>%n never reached the provider and was not billed.</numerusform>
            <numerusform>%n never reached the provider and were not billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n are not in the provider&apos;s history yet: each is looked for there again just before its line is sent.</source>
        <translation>
            <numerusform>%n is not in the provider&apos;s history yet: it is looked for there again just before its line is sent.</numerusform>
            <numerusform>%n are not in the provider&apos;s history yet: each is looked for there again just before its line is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n may have been billed by the provider, which keeps no history to fetch them from: they are rendered again.</source>
        <translation>
            <numerusform>%n may have been billed by the provider, which keeps no history to fetch it from: it is rendered again.</numerusform>
            <numerusform>%n may have been billed by the provider, which keeps no history to fetch them from: they are rendered again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Render finished: %n line(s) done.</source>
        <translation>
            <numerusform>Render finished: %n line done.</numerusform>
            <numerusform>Render finished: %n lines done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Render finished: %n line(s) done, %2 failed (see their status).</source>
        <translation>
            <numerusform>Render finished: %n line done, %2 failed (see their status).</numerusform>
            <numerusform>Render finished: %n lines done, %2 failed (see their status).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderProgress</name>
    <message numerus="yes">
        <location filename="../../studio/gui/render/render_progress.py" line="+35"/>
        <source>%v / %m line(s)</source>
        <translation>
            <numerusform>%v / %m line</numerusform>
            <numerusform>%v / %m lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetimeActions</name>
    <message numerus="yes">
        <location filename="../../studio/gui/table/retime_actions.py" line="+95"/>
        <source>Shift %n lines by %1 s</source>
        <translation>
            <numerusform>Shift %n line by %1 s</numerusform>
            <numerusform>Shift %n lines by %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotMeter</name>
    <message numerus="yes">
        <location filename="../../studio/gui/money/slot_meter.py" line="+54"/>
        <source>%n voice slot(s) free. Default voices never take a slot; each Voice Library voice added to My Voices takes one.</source>
        <translation>
            <numerusform>%n voice slot free. Default voices never take a slot; each Voice Library voice added to My Voices takes one.</numerusform>
            <numerusform>%n voice slots free. Default voices never take a slot; each Voice Library voice added to My Voices takes one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotsFullDialog</name>
    <message numerus="yes">
        <location filename="../../studio/gui/money/slots_dialog.py" line="+179"/>
        <source>%1 of %2 voice slots used: you can add %n more Voice Library voice(s).</source>
        <translation>
            <numerusform>%1 of %2 voice slots used: you can add %n more Voice Library voice.</numerusform>
            <numerusform>%1 of %2 voice slots used: you can add %n more Voice Library voices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message numerus="yes">
        <location filename="../../studio/gui/voices/speaker_dialog.py" line="+144"/>
        <source>%n line(s) get a voice from their speaker.</source>
        <translation>
            <numerusform>%n line gets a voice from its speaker.</numerusform>
            <numerusform>%n lines get a voice from their speaker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) have no known speaker and keep their voice.</source>
        <translation>
            <numerusform>%n line has no known speaker and keeps its voice.</numerusform>
            <numerusform>%n lines have no known speaker and keep their voice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendPrompt</name>
    <message numerus="yes">
        <location filename="../../studio/gui/money/spend_prompt.py" line="+57"/>
        <source>Render %n line(s) for %2?

Balance now: %3
After this render: %4

Lines already rendered are not paid again.</source>
        <translation>
            <numerusform>Render %n line for %2?

Balance now: %3
After this render: %4

Lines already rendered are not paid again.</numerusform>
            <numerusform>Render %n lines for %2?

Balance now: %3
After this render: %4

Lines already rendered are not paid again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other line(s) say the same as one of these and reuse its clip at no cost.</source>
        <translation>
            <numerusform>%n other line says the same as one of these and reuses its clip at no cost.</numerusform>
            <numerusform>%n other lines say the same as one of these and reuse its clip at no cost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message numerus="yes">
        <location filename="../../studio/gui/money/totals_panel.py" line="+91"/>
        <source>%n line(s) will not fit</source>
        <translation>
            <numerusform>%n line will not fit</numerusform>
            <numerusform>%n lines will not fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The provider&apos;s price for %n line(s) is missing or implausible. They are counted at the most expensive plausible rate (1 credit per character), never as free.</source>
        <translation>
            <numerusform>The provider&apos;s price for %n line is missing or implausible. It is counted at the most expensive plausible rate (1 credit per character), never as free.</numerusform>
            <numerusform>The provider&apos;s price for %n lines is missing or implausible. They are counted at the most expensive plausible rate (1 credit per character), never as free.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n different line(s) to render</source>
        <translation>
            <numerusform>%n different line to render</numerusform>
            <numerusform>%n different lines to render</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n reuse a clip</source>
        <translation>
            <numerusform>; %n reuses a clip</numerusform>
            <numerusform>; %n reuse a clip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) to render</source>
        <translation>
            <numerusform>%n line to render</numerusform>
            <numerusform>%n lines to render</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n already rendered</source>
        <translation>
            <numerusform>, %n already rendered</numerusform>
            <numerusform>, %n already rendered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n character(s) sent</source>
        <translation>
            <numerusform> — %n character sent</numerusform>
            <numerusform> — %n characters sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Price unknown for %n line(s): counted at the highest rate.</source>
        <translation>
            <numerusform>Price unknown for %n line: counted at the highest rate.</numerusform>
            <numerusform>Price unknown for %n lines: counted at the highest rate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceActions</name>
    <message numerus="yes">
        <location filename="../../studio/gui/voices/voice_actions.py" line="+264"/>
        <source>“%1” now speaks %n lines.</source>
        <translation>
            <numerusform>“%1” now speaks %n line.</numerusform>
            <numerusform>“%1” now speaks %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Voices assigned by speaker to %n line(s).</source>
        <translation>
            <numerusform>Voices assigned by speaker to %n line.</numerusform>
            <numerusform>Voices assigned by speaker to %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPanel</name>
    <message numerus="yes">
        <location filename="../../studio/gui/voices/voice_settings_panel.py" line="+204"/>
        <source>%1 credit(s) per character</source>
        <translation>
            <numerusform>%1 credit per character</numerusform>
            <numerusform>%1 credits per character</numerusform>
        </translation>
    </message>
</context>
</TS>
