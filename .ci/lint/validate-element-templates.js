#!/usr/bin/env node
'use strict';

// Validates Camunda 7 element templates against the JSON schema that Camunda Modeler uses, with Modeler's
// own error messages, so a template that passes here also loads in Modeler.
// Usage: node validate-element-templates.js FILE...   Exit code 1 if any file is invalid.

const fs = require('node:fs');
const Ajv = require('ajv');
const ajvErrors = require('ajv-errors');
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');
const errorMessages = require('@camunda/element-templates-json-schema/resources/error-messages.json');

function withErrorMessages(schema) {
  const copy = structuredClone(schema);
  for (const { path, errorMessage } of errorMessages) {
    const node = path.reduce((parent, key) => parent[key], copy);
    node.errorMessage = errorMessage;
  }
  return copy;
}

// strict: false because the schema carries Modeler's own keywords (deprecated, examples inside allOf, ...).
const ajv = new Ajv({ allErrors: true, strict: false });
ajvErrors(ajv);
const validate = ajv.compile(withErrorMessages(schema));

function problemsOf(file) {
  let template;
  try {
    template = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return [ `not readable as JSON: ${ error.message }` ];
  }
  if (validate(template)) {
    return [];
  }
  return validate.errors.map(error => `${ error.instancePath || '/' } ${ error.message }`);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: validate-element-templates.js FILE...');
  process.exit(2);
}

let invalid = 0;
for (const file of files) {
  const problems = problemsOf(file);
  if (problems.length > 0) {
    invalid++;
    console.log(`${ file }: invalid element template`);
    problems.forEach(problem => console.log(`  ${ problem }`));
  }
}
process.exit(invalid > 0 ? 1 : 0);
