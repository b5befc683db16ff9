"""Real speech for the fit forecast's evaluation: dozens of subtitle lines per language, of every length
and punctuation (one word, a clause, commas, several sentences, questions, an ellipsis, a number),
spoken by real voices (espeak-ng in three languages, the Piper test voice joe)."""

from __future__ import annotations

import io
import random
import statistics
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from studio.core.clip_cache import ClipCache, ClipMeta
from studio.core.clip_qa import check_clip
from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.pace_model import Pace, VoicePaces, prior_pace
from studio.core.speaking_rate import SpeakingRates
from studio.providers import espeak

FR = [
    "Oui.",
    "Merci.",
    "Attends !",
    "Tu viens ?",
    "Je ne sais pas.",
    "Bonjour à tous, et bienvenue ce soir.",
    "Nous avons un invité très spécial.",
    "Il a fait un long voyage pour venir jusqu'ici, depuis le nord du pays.",
    "Asseyez-vous, je vous en prie, nous allons commencer dans un instant.",
    "La première question est simple.",
    "Pourquoi avez-vous choisi de revenir maintenant, après toutes ces années ?",
    "Non. Non, non, non. Ce n'est pas possible.",
    "Écoute-moi bien : tu pars demain, à l'aube, et tu ne reviens pas.",
    "Il faisait nuit. Personne ne parlait. Seule la pluie tombait sur le toit.",
    "C'est drôle, je pensais que tu avais oublié.",
    "Eh bien... je ne sais pas quoi dire.",
    "Le train part à huit heures, le bateau à midi, et l'avion ce soir.",
    "Si tu veux mon avis, on devrait attendre encore un peu avant de décider quoi que ce soit.",
    "Voilà.",
    "Qui est là ?",
    "Elle a ouvert la porte, regardé dehors, puis elle l'a refermée sans un mot.",
    "Trois cents personnes attendaient devant la mairie depuis le matin.",
    "Je t'aime. Je t'ai toujours aimé. Tu le sais, n'est-ce pas ?",
    "Le directeur a refusé de commenter les résultats de l'enquête publiée hier.",
    "Allez, on y va !",
    "Dans ce village, tout le monde se connaît, et chacun a son secret.",
    "Mais enfin, qu'est-ce que tu racontes ?",
    "Prends ton manteau, il fait froid dehors.",
    "Nous sommes arrivés trop tard ; la boutique était déjà fermée.",
    "D'accord, d'accord, j'ai compris.",
]

EN = [
    "Yes.",
    "Thanks.",
    "Wait!",
    "Are you coming?",
    "I don't know.",
    "Good evening, everyone, and welcome to the show.",
    "We have a very special guest tonight.",
    "He travelled a long way to be here, all the way from the north of the country.",
    "Please, sit down, we will start in a moment.",
    "The first question is a simple one.",
    "Why did you decide to come back now, after all these years?",
    "No. No, no, no. That's not possible.",
    "Listen to me: you leave tomorrow, at dawn, and you don't come back.",
    "It was night. Nobody spoke. Only the rain fell on the roof.",
    "That's funny, I thought you had forgotten.",
    "Well... I don't know what to say.",
    "The train leaves at eight, the boat at noon, and the plane tonight.",
    "If you want my opinion, we should wait a little longer before we decide anything at all.",
    "There.",
    "Who's there?",
    "She opened the door, looked outside, then closed it again without a word.",
    "Three hundred people had been waiting outside the town hall since morning.",
    "I love you. I have always loved you. You know that, don't you?",
    "The director refused to comment on the findings published yesterday.",
    "Come on, let's go!",
    "In this village everyone knows everyone, and everyone has a secret.",
    "What on earth are you talking about?",
    "Take your coat, it's cold outside.",
    "We arrived too late; the shop was already closed.",
    "All right, all right, I get it.",
]

DE = [
    "Ja.",
    "Danke.",
    "Warte!",
    "Kommst du mit?",
    "Ich weiß es nicht.",
    "Guten Abend, meine Damen und Herren, und herzlich willkommen.",
    "Wir haben heute einen ganz besonderen Gast.",
    "Er ist von weit her gekommen, aus dem Norden des Landes.",
    "Bitte, setzen Sie sich, wir fangen gleich an.",
    "Die erste Frage ist ganz einfach.",
    "Warum sind Sie gerade jetzt zurückgekommen, nach all diesen Jahren?",
    "Nein. Nein, nein, nein. Das ist unmöglich.",
    "Hör mir zu: Du fährst morgen früh, und du kommst nicht zurück.",
    "Es war Nacht. Niemand sprach. Nur der Regen fiel auf das Dach.",
    "Komisch, ich dachte, du hättest es vergessen.",
    "Na ja... ich weiß nicht, was ich sagen soll.",
    "Der Zug fährt um acht, das Schiff um zwölf, und das Flugzeug heute Abend.",
    "Wenn du mich fragst, sollten wir noch ein wenig warten, bevor wir irgendetwas entscheiden.",
    "Da.",
    "Wer ist da?",
    "Sie öffnete die Tür, sah hinaus und schloss sie wieder, ohne ein Wort.",
    "Dreihundert Menschen warteten seit dem Morgen vor dem Rathaus.",
    "Ich liebe dich. Ich habe dich immer geliebt. Das weißt du doch?",
    "Der Direktor wollte die gestern veröffentlichten Ergebnisse nicht kommentieren.",
]

# (voice label, engine, voice id, language, lines)
VOICES = [
    ("espeak-ng fr", "espeak", "roa/fr", "fr", FR),
    ("espeak-ng en", "espeak", "gmw/en-US", "en", EN),
    ("espeak-ng de", "espeak", "gmw/de", "de", DE),
    ("piper joe (en)", "piper", "piper:en_US-joe-medium", "en", EN),
]

PAD_MS = 300  # silence before and after the speech, as a provider leaves some
MAX_SPEED = 1.25
# The speed each line's room asks of its real speech, in turn: half fit, half do not (past MAX_SPEED).
NEEDS = (0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6)


class CharRates:
    """The model the pace model replaced: characters per second per voice, a running average over its
    clips with the language's table rate weighing as PRIOR_WEIGHT clips (the baseline compared with)."""

    def __init__(self) -> None:
        self._voices: dict[str, SpeakingRates] = {}

    def calibrate(self, voice: str, language: str | None, text: str, speech_ms: float) -> None:
        self._voices.setdefault(voice, SpeakingRates()).calibrate(language, len(" ".join(text.split())),
                                                                   speech_ms / 1000)

    def predict_ms(self, voice: str, language: str | None, text: str, speed: float = 1.0) -> float:
        return self._voices.setdefault(voice, SpeakingRates()).seconds(text, language, speed) * 1000


class Fixed:
    """A forecast that learns nothing: one Pace for every line (what a model says with no clip)."""

    def __init__(self, pace: Pace) -> None:
        self.pace = pace

    def calibrate(self, voice: str, language: str | None, text: str, speech_ms: float) -> None:
        pass

    def predict_ms(self, voice: str, language: str | None, text: str, speed: float = 1.0) -> float:
        return self.pace.predict_ms(text, speed)


MODELS: dict[str, Callable[[], Any]] = {"per character (old)": CharRates, "pace model (new)": VoicePaces}


def synthesizer(engine: str, voice: str) -> tuple[Callable[[str], bytes], int]:
    """(text -> mono s16le samples, their sample rate) for an espeak-ng voice or the Piper test voice."""
    if engine == "piper":
        from studio.providers import piper_voice
        from tests.neural_fixtures import joe_files

        loaded = piper_voice.load(joe_files()[0])
        return loaded.synthesize, loaded.config.sample_rate
    return (lambda text: espeak.synthesize(text, voice)), espeak.sample_rate()


def padded_wav(samples: bytes, rate: int) -> bytes:
    pad = b"\0\0" * (rate * PAD_MS // 1000)
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pad + samples + pad)
    return out.getvalue()


def cache_clips(cache: ClipCache, settings: RenderSettings, engine: str, lines: Sequence[str],
                record_speech: bool = False) -> list[Cue]:
    """Every line rendered by the voice of settings into cache (with silence round it); one cue per line.
    record_speech: its speech recorded in the sidecar, as a render does; else measured when first asked."""
    synthesize, rate = synthesizer(engine, settings.voice)
    cues = [Cue(i * 10000, i * 10000 + 8000, text) for i, text in enumerate(lines)]
    for cue in cues:
        audio = padded_wav(synthesize(cue.text), rate)
        speech = check_clip(audio, "wav", cue.text, prior_pace(None)).speech_ms if record_speech else None
        cache.put(settings.spec_for(cue), audio, "wav",
                  ClipMeta(duration_ms=(len(audio) - 44) / 2 / rate * 1000, speech_ms=speech))
    return cues


@dataclass(frozen=True)
class Score:
    error: float  # mean absolute error, relative to the real speech
    calls: float  # share of lines called right: fits or will not fit (each line's room, NEEDS)


def score(clips: Sequence[tuple[str, float]], language: str, model: Callable[[], Any], known: int | None,
          seed: int = 0) -> Score:
    """Each clip forecast in turn by the model calibrated on `known` others picked at random (None: all
    the others), against its real speech."""
    pick = random.Random(seed)
    errors, right = [], 0
    for i, (text, actual) in enumerate(clips):
        others = [clip for j, clip in enumerate(clips) if j != i]
        rates = model()
        for other_text, speech in (others if known is None else pick.sample(others, known)):
            rates.calibrate("voice", language, other_text, speech)
        predicted = rates.predict_ms("voice", language, text)
        errors.append(abs(predicted - actual) / actual)
        room = actual / NEEDS[i % len(NEEDS)]
        right += (predicted / room > MAX_SPEED) == (actual / room > MAX_SPEED)
    return Score(statistics.mean(errors), right / len(clips))
