#!/usr/bin/env node
/** `callguard-language-server --stdio`: the policy language server, speaking the protocol on stdin and stdout. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

startServer(createConnection(ProposedFeatures.all));
