/** This engine's version, as in its package.json (a test keeps them equal); artefacts name the version that built them. */
export const ENGINE_VERSION = '0.1.0';
