// The staff page builds each action's form from the API's workflow table (availableActions with
// their inputs), so an action added there gets its form without page code. What that needs here:
// a way to render every input the contract can name, and words for every action and input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { id } from '$lib/i18n/id';

const root = path.resolve(import.meta.dirname, '../../../../..');
const contract = buildSchema(readFileSync(path.join(root, 'server/schema.graphql'), 'utf8'));
const page = readFileSync(path.join(import.meta.dirname, '+page.svelte'), 'utf8');

function enumValues(name: string): string[] {
	const type = contract.getType(name);
	if (!isEnumType(type)) throw new Error(`the contract has no enum ${name}`);
	return type.getValues().map((value) => value.name);
}

const inputs = enumValues('ActionInput');
const actions = enumValues('ComplaintAction');

describe('the staff page renders any action from the workflow table', () => {
	it('reads the contract', () => {
		expect(inputs).toContain('note');
		expect(actions).toContain('verify');
	});

	it.each(inputs)('has a field for the input %s', (input) => {
		expect(page).toContain(`input === '${input}'`);
	});

	it.each(inputs)('has words for the input %s in both languages, for actions without their own', (input) => {
		expect(id).toHaveProperty([`staff.input.${input}`]);
		expect(en).toHaveProperty([`staff.input.${input}`]);
	});

	it.each(actions)('has an introduction and a button for the action %s', (action) => {
		for (const part of ['intro', 'submit']) {
			expect(id).toHaveProperty([`staff.action.${action}.${part}`]);
			expect(en).toHaveProperty([`staff.action.${action}.${part}`]);
		}
	});

	it('keeps no list of actions of its own', () => {
		expect(page).not.toMatch(/(?<!\.)\baction === '\w+'/);
		expect(page).not.toMatch(/\[('\w+', )+'\w+'\]\.includes\(action\)/);
	});
});
