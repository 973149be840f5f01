/**
 * The entry of the self-contained browser build (`dist/cdn/passkey-register.js`): everything the
 * package root exports, and every element registered, for a `<script type="module">` without a
 * bundler.
 */
export * from './index.js';
import './define.js';
