// Lint rules: typescript-eslint's recommended type-aware set, plus the project's safety rules.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Text from data must never become HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent: text from data never becomes HTML.' },
        { property: 'outerHTML', message: 'Use textContent: text from data never becomes HTML.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM nodes and textContent.' },
        { property: 'setHTML', message: 'Use setDOMContent with text nodes.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
);
