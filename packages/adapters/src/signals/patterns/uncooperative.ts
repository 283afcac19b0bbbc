import { re, type Pattern } from './pattern.js';

// Refusing the steps needed to progress: verification, troubleshooting,
// giving details, listening. These are refusals by nature, so no pattern is
// negatable. Polite deferrals ("I'd rather not restart it during my meeting",
// "I can't find the serial number") and "I'm not giving up" must not match.

/** Steps an agent asks for. */
const STEP = String.raw`(?:telling|answering|reading|doing|turning|unplugging|restarting|spelling|checking|verifying|confirming|listening|proving|repeating|switching|resetting|installing|going through)`;
const STEP_VERB = String.raw`(?:give|tell|answer|read|do|check|verify|spell|stay|restart|unplug|turn|confirm|prove|listen|repeat)`;

export const UNCOOPERATIVE_PATTERNS: readonly Pattern[] = [
  {
    // "I'm not giving you my date of birth", "I'm not doing that", "I'm not going to check anything".
    id: 'refuse-step',
    regex: re(String.raw`\bI(?:'m| am)\s+not\s+(?:going to\s+${STEP_VERB}|${STEP})\b`),
    weight: 0.75,
  },
  {
    // "I'm not giving you my ...": apart from the other steps so "I'm not giving up" stays out.
    id: 'refuse-to-give',
    regex: re(String.raw`\bI(?:'m| am)\s+not\s+giving\s+(?:you|it|that|my|any)\b`),
    weight: 0.75,
  },
  {
    // "I won't do any of your troubleshooting", "I refuse to verify".
    id: 'will-not',
    regex: re(String.raw`\bI\s+(?:won't|will not|refuse to)\s+(?:give|do|answer|verify|tell|read|restart|unplug|spell|turn|prove|check|confirm)\b`),
    weight: 0.75,
  },
  {
    // "Nope, not doing it", "I'm not paying that".
    id: 'not-doing-it',
    regex: re(String.raw`\bnot\s+(?:doing|paying)\s+(?:it|that|this|any)\b`),
    weight: 0.7,
  },
  {
    // "Stop asking me questions", "don't tell me to restart the router", "don't put me through your checklist".
    id: 'stop-asking',
    regex: re(String.raw`\bstop asking (?:me\s+)?(?:questions|for)\b|\b(?:don't|do not) (?:tell me to|ask me to|put me through|make me do)\b`),
    weight: 0.7,
  },
  {
    // "I don't care about your process", "I don't give a shit about your policy", "screw your rules".
    id: 'dismiss-process',
    regex: re(String.raw`\b(?:(?:don't|do not)\s+(?:care|give a \S+)\s+(?:about|for)|(?:bollocks|screw|sod|to hell with)\s+(?:to\s+)?)\s*(?:your|the)\s+(?:process|policy|policies|procedure|rules|script|security|checks)\b`),
    weight: 0.7,
  },
  {
    // "Whatever you're about to say, I don't care", "I don't want to hear it".
    id: 'refuse-to-listen',
    regex: re(String.raw`\bwhatever you(?:'re| are) (?:about to|going to) say\b|\bI (?:don't|do not) want to hear (?:it|that|any more|anymore)\b|\bnot interested in your\s+(?:excuses|script|explanations?|apologies)\b`),
    weight: 0.7,
  },
  {
    // "Let me talk. Stop interrupting.", "I'm still talking!"; not "I'm talking to a brick wall".
    id: 'talk-over',
    regex: re(String.raw`\b(?:stop interrupting|don't interrupt me|let me (?:talk|finish|speak)|I'm (?:still )?talking(?=\s*(?:[.!,;]|$)))`),
    weight: 0.7,
  },
  {
    // "Figure it out yourself", "look it up", "that's your job".
    id: 'your-problem',
    regex: re(String.raw`\b(?:figure it out yourself|look it up|that's your job|do it yourself)\b`),
    weight: 0.7,
  },
];
