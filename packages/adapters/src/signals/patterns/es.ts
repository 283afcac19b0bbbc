import { catalogue, re } from './pattern.js';

// Spanish, Spain's and Latin America's. The text is read with accents folded
// ("cállate" reads "callate", "coño" reads "cono"), so patterns are written
// without them. Swear words and insults from naughty-words' list are scored
// by `word-list.ts`; these are the phrasings. As in English, a threat needs
// a violent act and a person or their place, and "no" before it negates.

/** A person as the object: "te", "le", "os", or "a ti", "a usted". */
const YOU = String.raw`(?:te|le|os|les)`;

/** The curated Spanish patterns of every behaviour. */
export const ES_PATTERNS = catalogue({
  threat: [
    {
      // "Te voy a matar", "te mato", "te voy a partir la cara", "te voy a dar una paliza", "te rajo", "te voy a meter un tiro".
      id: 'violence-you',
      regex: re(String.raw`\b${YOU}\s+(?:voy a |vamos a |van a |juro que )?(?:mato|matar|matare|parto|partir|rompo|romper|reviento|reventar|rajo|rajar|pego|pegar|apunalo|apunalar|quemo|quemar|meto un tiro|meter un tiro|doy una paliza|dar una paliza|parto la cara|partir la cara)\b`),
      weight: 0.9,
      negatable: true,
    },
    {
      // "Voy a quemar la tienda", "le voy a prender fuego a la oficina", "contigo dentro".
      id: 'premises',
      regex: re(String.raw`\b(?:quemar|incendiar|prender fuego a|volar|reventar|destrozar|destruir|romper)\s+(?:la|el|tu|su|vuestra|vuestro|las|los|vuestras)\s+(?:tienda|oficina|oficinas|local|casa|coche|sucursal|edificio)\b|\bprender fuego a la\b|\bcontigo dentro\b`),
      weight: 0.85,
      negatable: true,
    },
    {
      // Negative by nature: "no sabes con quien te estas metiendo".
      id: 'you-dont-know-me',
      regex: re(String.raw`\bno sabes con quien (?:te estas metiendo|estas hablando|te metes)\b`),
      weight: 0.75,
    },
    {
      // "Se donde vives", "voy a averiguar donde vives", "se como te llamas": locating the agent.
      id: 'where-you-live',
      regex: re(String.raw`\bse donde (?:vives|trabajas|vive|trabaja)\b|\b(?:averiguar|averiguare|saber|descubrir|buscar|voy a saber) donde (?:vives|trabajas)\b|\bse como te llamas\b`),
      weight: 0.8,
      negatable: true,
    },
    {
      // "Tu familia lo va a pagar", "a tus hijos les puede pasar algo".
      id: 'family',
      regex: re(String.raw`\b(?:tu|tus|su|sus)\s+(?:familia|hijos|hijas|hijo|hija|mujer|marido)\s+(?:lo\s+)?(?:va|van)\s+a\s+pagar\b|\b(?:a\s+)?(?:tu|tus|su|sus)\s+(?:hijos|hijas|familia|hijo|hija|mujer|marido)\b[^.?!]{0,20}\bpasar (?:algo|cualquier cosa)\b`),
      weight: 0.85,
      negatable: true,
    },
    {
      // "Voy con un cuchillo", "tengo una pistola".
      id: 'weapon',
      regex: re(String.raw`\b(?:voy|vengo|ire|tengo)\s+(?:con\s+)?(?:un|una)\s+(?:cuchillo|navaja|pistola|arma|bate|machete)\b`),
      weight: 0.85,
      negatable: true,
    },
    {
      // "Cuidate cuando salgas", "ten cuidado al salir", "te estare esperando", "vas a acabar en el hospital",
      // "te vas a arrepentir", "te espero a la salida", "voy a por ti", "te busco y te encuentro", "te dejo la cara...".
      id: 'veiled',
      regex: re(String.raw`\b(?:cuidate|ten cuidado)\s+(?:cuando|al)\s+salga?s?\b|\bte estare esperando\b|\bacabar en el (?:hospital|cementerio)\b|\bte vas a enterar\b|\bte vas a arrepentir\b|\b(?:voy|vamos) a por ti\b|\bcuida (?:a|de) (?:tus|tu) (?:hijos|hija|hijo|familia|mujer)\b|\bte (?:espero|estare esperando) (?:a la salida|fuera|en la puerta|abajo)\b|\bandate con (?:mucho )?cuidado\b|\bte (?:busco|buscare|voy a buscar) y te (?:encuentro|encontrare)\b|\b${YOU}\s+(?:voy a |vamos a )?(?:dejar|dejo)\s+(?:la cara|las piernas|la boca)\b`),
      weight: 0.8,
      negatable: true,
    },
    {
      // "Le voy a romper las piernas al tecnico": a third person who works there.
      id: 'violence-staff',
      regex: re(String.raw`\b(?:voy a|vamos a)\s+(?:romper|partir)\s+(?:las piernas|la cara|los dientes)\b`),
      weight: 0.85,
      negatable: true,
    },
  ],

  profanity: [
    {
      // Words and phrases the list lacks: "joder", "hostia", "me cago en", "que te jodan", "no me jodas", "chinga".
      id: 'swearing',
      regex: re(String.raw`\b(?:joder|jodido|jodida|hostia|hostias|me cago en|que te jodan|no me jodas|chinga(?:r|te|da|do)?|carajo|pendeja|cabrona|putas?|putada)\b`),
      weight: 0.75,
      directedWeight: 0.95,
    },
  ],

  slur: [
    {
      // Ethnic slurs the list lacks: "sudaca", "panchito", "moro de mierda".
      id: 'ethnic',
      regex: re(String.raw`\b(?:sudacas?|panchitos?|machupichus?)\b|\bmoros? de mierda\b`),
      weight: 0.9,
    },
  ],

  rudeness: [
    {
      // "Eres un inutil", "que inutil eres", "sois unos incompetentes", "eres estupido", "eres una verguenza",
      // "eres un completo inutil", "sois unos ladrones".
      id: 'you-are',
      regex: re(String.raw`\b(?:eres|sois|es usted)\s+(?:un|una|unos|unas)?\s*(?:(?:completo|completa|total|autentico|autentica|verdadero|pedazo de|puto|puta)\s+)?(?:inutil|inutiles|incompetente|incompetentes|estupido|estupida|tonto|tonta|idiota|imbecil|payaso|verguenza|desastre|gilipollas|pendejo|cabron|ladrones|estafadores|sinverguenzas|chapuceros)\b|\bque\s+(?:inutil|incompetente|estupido|tonto|idiota)\s+(?:eres|sois)\b`),
      weight: 0.8,
      negatable: true,
    },
    {
      // "No sirves para nada", "no tienes ni idea", "vaya genio", "mi perro lo haria mejor que tu",
      // "que verguenza de empresa", "no te enteras", "como hablar con una pared", "mas tonto que", "panda de inutiles".
      id: 'contempt',
      regex: re(String.raw`\bno (?:sirves|servis|sirve usted) para nada\b|\bno tienes ni idea\b|\bvaya genio\b|\bmejor que tu\b|\b(?:que|vaya) (?:empresa|servicio|companía|compania|atencion) (?:tan|mas) (?:patetica|patetico|penosa|penoso|lamentable|cutre|vergonzosa|vergonzoso)\b|\bque (?:verguenza|asco|desastre|porqueria) de (?:empresa|compania|servicio|atencion|gente)\b|\bno te enteras\b|\bmas (?:tonto|tonta|inutil|lento|lenta|burro|burra) que\b|\bque (?:incompetencia|inutilidad|cutrez|chapuza)\b|\bpanda de (?:inutiles|incompetentes|idiotas|imbeciles|ladrones|payasos)\b|\baprende(?:s)? a hacer tu trabajo\b|\bno (?:te )?entiendes nada\b|\bcomo hablar con (?:una pared|un robot|una maquina|un muro)\b|\bte pagan por (?:no hacer nada|esto)\b`),
      weight: 0.75,
    },
    {
      // "Servicio de mierda", "puta compania", "pinche servicio", "me cago en tu empresa", "hijo de puta".
      id: 'company',
      regex: re(String.raw`\b(?:servicio|empresa|compania|companía|atencion) de mierda\b|\bmierda de (?:servicio|empresa|compania|atencion)\b|\b(?:puta|pinche|maldita) (?:empresa|compania|servicio)\b|\bme cago en (?:tu|su|vuestra) (?:empresa|compania|madre)\b|\bchinga tu madre\b|\bhijo de puta\b`),
      weight: 0.8,
    },
    {
      // An insult as the first word, as a form of address: "Cabron, arreglalo", "Imbecil!".
      id: 'vocative',
      regex: re(String.raw`^\W*(?:cabron|gilipollas|imbecil|idiota|pendejo|kapullo|capullo|inutil)\s*[,!.]`),
      weight: 0.75,
    },
    {
      // "Eres sordo", "me oyes o eres sordo".
      id: 'deaf',
      regex: re(String.raw`\beres sord[oa]\b`),
      weight: 0.75,
    },
  ],

  hate_speech: [
    {
      // "Vete a tu pais", "vuelvete a tu pais", "malditos inmigrantes", "los sudacas como tu",
      // "volved a vuestro pais", "aprende a hablar espanol".
      id: 'origin',
      regex: re(String.raw`\b(?:vete|vuelvete|volved|vuelve|largate|largaos|idos)\s+a\s+(?:tu|vuestro|su)\s+pais\b|\bpanda de (?:moros|sudacas|negros|extranjeros|inmigrantes)\b|\baprende(?:r)? a hablar (?:bien )?(?:espanol|castellano)\b|\bmalditos?\s+(?:inmigrantes|extranjeros|moros|sudacas)\b|\b(?:inmigrantes|extranjeros|sudacas|moros)\s+como\s+tu\b`),
      weight: 0.85,
    },
    {
      // "Quiero hablar con un espanol, no con un extranjero", "con ese acento no te entiendo", "alguien de aqui".
      id: 'origin-demand',
      regex: re(String.raw`\bno quiero que me atienda (?:un|una) (?:extranjer[oa]|sudamerican[oa]|latin[oa]|negr[oa]|mor[oa]|chin[oa]|gitan[oa]|inmigrante)\b|\bno con (?:un|una) extranjer[oa]\b|\bcon ese acento\b|\bpasame con alguien (?:de aqui|que hable bien)\b|\bhable bien (?:espanol|castellano)\b`),
      weight: 0.8,
    },
    {
      // "No quiero que me atienda una mujer", "pasame con un hombre", "las mujeres no sirven".
      id: 'sex',
      regex: re(String.raw`\bno quiero que me atienda una mujer\b|\bpasame con un hombre\b|\blas mujeres no (?:sirven|saben|deberian)\b`),
      weight: 0.8,
    },
  ],

  sexual_harassment: [
    {
      // "Que voz tan sexy", "que voz tan bonita tienes", "me pones mucho", "como eres fisicamente",
      // "conocerte en persona", "quedamos esta noche tu y yo", "hablamos en privado".
      id: 'voice',
      regex: re(String.raw`\bque voz tan (?:sexy|bonita|rica|sensual)\b|\bcomo eres fisicamente\b|\bconocerte (?:en persona|mejor)\b|\bquedamos\b[^.?!]{0,25}\b(?:tu y yo|los dos|esta noche)\b|\bme pones (?:mucho|cachondo|a mil)\b|\bme pone (?:mucho )?tu (?:voz|acento)\b|\bhablamos en privado\b|\btienes whatsapp\b`),
      weight: 0.75,
    },
    {
      // "Tienes novio", "quieres salir conmigo", "vente a mi casa", "seguro que estas buenisima".
      id: 'advance',
      regex: re(String.raw`\btienes novi[oa]\b|\bsalir conmigo\b|\bvente a mi casa\b|\bestas (?:muy |bien )?buen(?:a|isima|o|isimo)\b|\bque llevas puesto\b|\bropa interior\b`),
      weight: 0.75,
    },
    {
      // "Mandame una foto tuya", "una foto, guapa".
      id: 'photo',
      regex: re(String.raw`\bmandame una foto\b(?!\s+del?\b)|\b(?:guapa|preciosa|mamacita|bonita)\s*[.!?]*$`),
      weight: 0.7,
    },
  ],

  harassment: [
    {
      // "Voy a publicar tu nombre", "lo voy a publicar en redes", "poner tu nombre en las redes".
      id: 'expose',
      regex: re(String.raw`\b(?:publicar|poner|subir|difundir)\s+(?:tu|su)\s+(?:nombre|cara|foto|numero)\b|\b(?:publicar|subir|subirlo|subirla|publicarlo)\b[^.?!]{0,10}\b(?:redes|internet|youtube|tiktok)\b|\bte (?:busco|buscare|voy a buscar) en (?:facebook|instagram|internet|las redes|linkedin|twitter|tiktok)\b|\b(?:averiguar|averiguare|voy a saber) donde (?:vives|trabajas)\b|\b(?:lo|esto) (?:subo|voy a subir) a\b`),
      weight: 0.8,
    },
    {
      // "Te voy a llamar todos los dias", "llamare todos los dias hasta que".
      id: 'keep-calling',
      regex: re(String.raw`\b(?:llamar|llamare|llamo|escribir)\b[^.?!]{0,15}\b(?:todos los dias|cada (?:hora|dia|noche|manana|cinco minutos))\b`),
      weight: 0.8,
    },
    {
      // "Voy a hacer que te despidan", "hasta que te despidan".
      id: 'get-fired',
      regex: re(String.raw`\b(?:hacer que|hasta que) te (?:despidan|echen)\b`),
      weight: 0.8,
    },
  ],

  unreasonable_demand: [
    {
      // "Quiero cien mil euros", "diez mil euros de compensacion", "diez veces lo que pague".
      id: 'money',
      regex: re(String.raw`\b(?:mil|millon|millones)\s+(?:de\s+)?(?:euros|dolares|pesos)\b|\b(?:diez|cien|\w+) veces lo que pague\b`),
      weight: 0.75,
    },
    {
      // "Gratis para siempre", "gratis de por vida", "gratis durante diez anos", "un ano gratis",
      // "devuelveme todo lo que he pagado".
      id: 'forever',
      regex: re(String.raw`\bgratis\s+(?:para siempre|de por vida|toda la vida|durante (?:\w+ )?anos)\b|\bun ano gratis\b|\b\w+ anos gratis\b|\b(?:devuelve(?:me)?|devolverme|reembolsa(?:me)?)\s+todo lo que (?:he|habia) pagado\b`),
      weight: 0.75,
    },
    {
      // "Ponme con el presidente", "quiero hablar con el director general".
      id: 'top-boss',
      regex: re(String.raw`\b(?:con|al|a)\s+(?:el\s+)?(?:presidente|director general|consejero delegado|dueno)\b|\b(?:me llame|que llame|venga)\s+el\s+(?:presidente|director general|consejero delegado|dueno)\b`),
      weight: 0.75,
    },
    {
      // "Despidan al tecnico", "despide al tecnico", "de rodillas".
      id: 'personal',
      regex: re(String.raw`\bdespid(?:an|e|ais)\s+a(?:l|\s+la)\s+\w+|\bde rodillas\b`),
      weight: 0.75,
    },
  ],

  uncooperative: [
    {
      // "No te voy a dar mis datos", "no pienso reiniciar nada", "no voy a reiniciar el router".
      id: 'refuse',
      regex: re(String.raw`\bno (?:te |le )?(?:voy a|pienso)\s+(?:dar|decir|reiniciar|verificar|comprobar|apagar|desenchufar|confirmar)\b`),
      weight: 0.75,
    },
    {
      // "No quiero escuchar tus excusas", "no te escucho", "no me interesa lo que digas".
      id: 'wont-listen',
      regex: re(String.raw`\bno (?:quiero escuchar|te escucho|le escucho)\b|\bno me interesa lo que (?:digas|diga)\b`),
      weight: 0.75,
    },
    {
      // "Buscalo tu", "es tu trabajo".
      id: 'your-problem',
      regex: re(String.raw`\bbuscalo tu\b|\bes tu trabajo\b|\bhazlo tu\b`),
      weight: 0.7,
    },
  ],

  aggression: [
    {
      // "Callate", "cierra la boca", "escuchame", "no me hables asi", "no me interrumpas".
      id: 'commands',
      regex: re(String.raw`\b(?:callate|callese|cierra la boca|escuchame|escucheme|no me hables asi|no me interrumpas|me oyes)\b`),
      weight: 0.8,
    },
  ],

  recording_staff: [
    {
      // "Te estoy grabando", "estoy grabando todo lo que dices", "lo subo a TikTok"; not "para mis registros".
      id: 'recording-you',
      regex: re(String.raw`\bte estoy grabando\b|\blo estoy grabando\b|\bestoy grabando esto\b|\bgrabad[oa] por mi\b|\bestoy grabando (?:esta llamada|todo)\b(?![^.?!]{0,40}\bpara (?:mis|mi) (?:registros|abogado)\b)|\b(?:lo|esto) (?:subo|voy a subir) a (?:youtube|tiktok|facebook|instagram|las redes)\b`),
      weight: 0.8,
    },
  ],
});
