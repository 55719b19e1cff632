/**
 * Reads src/content.config.ts with the TypeScript parser (it imports astro:content, so it
 * cannot be imported outside Astro) and returns each collection with the schema module and
 * export it uses, so tests follow the real wiring rather than a list of their own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { z } from 'astro/zod';
import { imageStandIn } from '../../cms/zod-introspect';

export interface WiredCollection {
  name: string;
  exportName: string;
  module: string;
}

export function wiredCollections(file = path.resolve('src/content.config.ts')): WiredCollection[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const imports = new Map<string, string>();
  const collections: WiredCollection[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
      const from = (node.moduleSpecifier as ts.StringLiteral).text;
      for (const element of node.importClause.namedBindings.elements) imports.set(element.name.text, from);
    }
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'collections' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const name = property.name.getText().replace(/^['"]|['"]$/g, '');
        const schemaIdentifier = findSchemaIdentifier(property.initializer, imports);
        if (!schemaIdentifier) throw new Error(`content.config.ts: cannot find the schema of collection ${name}`);
        collections.push({ name, exportName: schemaIdentifier, module: path.resolve(path.dirname(file), imports.get(schemaIdentifier)!) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return collections;
}

/** `schema: seminarSchema` or `schema: ({ image }) => mangaSchema(image)`: the imported identifier used. */
function findSchemaIdentifier(node: ts.Node, imports: Map<string, string>): string | undefined {
  let found: string | undefined;
  const visit = (child: ts.Node) => {
    if (found) return;
    if (ts.isPropertyAssignment(child) && child.name.getText() === 'schema') {
      const scan = (inner: ts.Node) => {
        if (!found && ts.isIdentifier(inner) && imports.get(inner.text)?.includes('schemas/')) found = inner.text;
        ts.forEachChild(inner, scan);
      };
      scan(child.initializer);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** The zod schema a collection uses; schema functions get Astro's image() stand-in. */
export async function loadSchema(collection: WiredCollection): Promise<z.ZodType> {
  const candidates = ['.ts', '/index.ts', ''].map((suffix) => collection.module + suffix);
  const file = candidates.find((candidate) => {
    try {
      return readFileSync(candidate) && true;
    } catch {
      return false;
    }
  });
  const module = (await import(pathToFileURL(file ?? collection.module).href)) as Record<string, unknown>;
  const exported = module[collection.exportName];
  return (typeof exported === 'function' ? (exported as (image: typeof imageStandIn) => z.ZodType)(imageStandIn) : exported) as z.ZodType;
}
