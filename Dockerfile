# syntax=docker/dockerfile:1
# 인프라 노트 — build with Node 22 and Debian's Chromium (diagrams and Open Graph cards are drawn at build
# time), then serve dist/ with nginx and deploy/nginx.conf.
#   docker build -t infra-notes . && docker run --rm -p 8080:80 infra-notes
# Build arguments: SITE_URL (canonical URLs, Open Graph, sitemap) and BASE_PATH (serve under a sub-path).

FROM node:22-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
ARG SITE_URL=https://infra-notes.dev
ARG BASE_PATH=/
ENV SITE_URL=$SITE_URL BASE_PATH=$BASE_PATH ASTRO_TELEMETRY_DISABLED=1 CHROMIUM_PATH=/usr/bin/chromium
# The build caches (compiled notes, diagrams, Open Graph cards, parsed pages, precompressed files, Astro's
# incremental pages) persist between image builds.
RUN --mount=type=cache,target=/site/node_modules/.cache --mount=type=cache,target=/site/node_modules/.astro npm run build \
 && node scripts/nginx-headers.ts dist/_headers > infra-notes-headers.conf

FROM nginx:1.27-bookworm
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/infra-notes-headers.conf /etc/nginx/snippets/infra-notes-headers.conf
COPY --from=build /site/dist /usr/share/nginx/html
EXPOSE 80
