// Messages of the browser build only: the extension host reads the config files through vscode.workspace.fs
// (a Web Worker has no file system) and hands them to the server.

/** One config file: its URI as the editor writes it (vscode.Uri.toString()) and its text. */
export interface ConfigFileText {
  uri: string;
  text: string;
}

/** `initializationOptions.configFiles` and this notification carry every config file of the workspace. */
export const CONFIG_FILES_NOTIFICATION = 'plandoc/configFiles';

export interface ConfigFilesParams {
  files: ConfigFileText[];
}

/** What the web client looks for, as the desktop server does on disk (config/load.ts CONFIG_FILES). */
export const CONFIG_FILE_GLOB = '**/{.plandocrc.json,.plandocrc.jsonc,package.json}';
